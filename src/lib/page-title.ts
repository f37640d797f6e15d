/** The browser tab's title for an article's timeline: the built page's <title> and the live app agree. */
export function pageTitle(articleTitle: string): string {
  return `${articleTitle} · خط زمني`;
}
