/** A node of a network: an actor, a concept, or (in the link graph) a statement. */
export interface NetworkNode {
  id: string;
  label: string;
  /** actor, concept, or (for the link graph) statement. */
  type: 'actor' | 'concept' | 'statement';
  /** Statement nodes: tag, document and date, for labels and filters. */
  detail?: string;
  /** Statement nodes: the document the statement is in, so a view can open it there. */
  documentId?: string;
}

/**
 * A discourse network as it is drawn and exported: built by buildNetwork,
 * written by toGraphml, answered by getNetwork. It lives beside the code
 * that builds it; shared/ipc/results re-exports it for the contract.
 */
export interface NetworkData {
  kind: 'actor-concept' | 'congruence' | 'conflict' | 'links';
  nodes: NetworkNode[];
  edges: Array<{
    source: string;
    target: string;
    weight: number;
    stance?: string;
    linkType?: string;
    firstDate: string | null;
    lastDate: string | null;
  }>;
}
