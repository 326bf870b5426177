import { z } from "zod";
import { idSchema, requiredText } from "./common";
import { optionalText } from "./fields";

const itemText = requiredText("the checklist item", 500);

export const addChecklistItemSchema = z.object({ text: itemText });
export type AddChecklistItemInput = z.input<typeof addChecklistItemSchema>;

export const editChecklistItemSchema = z.object({ itemId: idSchema, text: itemText });
export type EditChecklistItemInput = z.input<typeof editChecklistItemSchema>;

export const moveChecklistItemSchema = z.object({
  itemId: idSchema,
  direction: z.enum(["UP", "DOWN"], { error: "Choose whether to move the item up or down" }),
});

export const checklistItemIdSchema = z.object({ itemId: idSchema });

/**
 * A provider's confirmation of the current term: the checklist items it ticks (all active
 * items must be ticked; the server names any missing one) and an optional note. The term
 * and the provider are never chosen: they are today's term and the signed-in organisation.
 */
export const confirmTermSchema = z.object({
  ticked: z.array(idSchema, { error: "Tick each statement" }).default([]),
  note: optionalText("the note", 2000),
});
export type ConfirmTermInput = z.input<typeof confirmTermSchema>;
