/**
 * A 303 redirect to a path on the host the browser asked. Behind a proxy, or when the app is
 * reached as 127.0.0.1 but listens as localhost, `request.url` names another host, whose
 * cookies the browser does not send: an absolute redirect built from it would sign a
 * signed-in person out.
 */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}
