// Comments of code that a rewrite drops are kept: collected here, placed by the transform.

/** Comments on the nodes a conversion drops (the callback, its parameters, the error check, the callee), in order. */
export function droppedComments(root: any, kept: Set<any>): any[] {
  const comments: any[] = [];
  const visit = (node: any): void => {
    if (!node || typeof node.type !== "string" || kept.has(node)) return;
    for (const comment of node.comments ?? []) comments.push(comment);
    for (const key of Object.keys(node)) {
      if (key === "comments" || key === "loc" || key === "tokens" || key === "original") continue;
      const child = node[key];
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === "object") visit(child);
    }
  };
  visit(root);
  return comments;
}
