/** A JSON-LD node as found on a page: only what the checks read. */
export type Node = Record<string, unknown> & { '@type'?: string | string[] };

/** The properties each node type must carry for search engines to use it. */
const requiredProperties: Record<string, string[]> = {
  MedicalClinic: ['name', 'telephone', 'url'],
  WebPage: ['name', 'url', 'description'],
  // reviewedBy and lastReviewed only when a sign-off covers the current text: the SEO spec checks that they agree with the page.
  MedicalWebPage: ['name', 'url', 'description', 'dateModified'],
  IndividualPhysician: ['name', 'url'],
  BreadcrumbList: ['itemListElement'],
};

/** Every node of every block on a page, with `@graph`s flattened. */
export function nodesOf(blocks: string[]): Node[] {
  return blocks.flatMap((block) => {
    const data = JSON.parse(block) as Node & { '@graph'?: Node[] };
    return data['@graph'] ?? [data];
  });
}

const typesOf = (node: Node) => [node['@type'] ?? []].flat();

export const nodesOfType = (nodes: Node[], type: string) => nodes.filter((node) => typesOf(node).includes(type));

/** Blocks that do not parse, nodes missing a required property, and breadcrumbs without position, name or item. */
export function jsonLdProblems(blocks: string[]): string[] {
  let nodes: Node[];
  try {
    nodes = nodesOf(blocks);
  } catch (error) {
    return [`a JSON-LD block does not parse: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (blocks.length === 0) problems.push('no JSON-LD block');
  for (const node of nodes) {
    for (const type of typesOf(node)) {
      for (const property of requiredProperties[type] ?? []) {
        const value = node[property];
        if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
          problems.push(`${type} is missing "${property}"`);
        }
      }
    }
  }
  for (const list of nodesOfType(nodes, 'BreadcrumbList')) {
    (list.itemListElement as Node[] | undefined)?.forEach((item, index) => {
      if (item.position !== index + 1 || !item.name || !item.item) {
        problems.push(`BreadcrumbList item ${index + 1} needs position ${index + 1}, a name and an item URL`);
      }
    });
  }
  if (nodesOfType(nodes, 'MedicalClinic').length === 0) problems.push('no MedicalClinic node');
  return problems;
}
