"use client";

import { usePathname } from "next/navigation";
import { SubNavigation } from "./sub-navigation";

/**
 * Sub-navigation between the parts of one section (quality assurance's reviews, actions and
 * so on), marking the part the page is in: its own list or a record inside it.
 */
export function SectionNavigation(props: {
  label: string;
  items: { href: string; text: string }[];
}) {
  const pathname = usePathname();
  const items = props.items.map((item) => ({
    ...item,
    current: pathname === item.href || pathname.startsWith(`${item.href}/`),
  }));
  return <SubNavigation label={props.label} items={items} />;
}
