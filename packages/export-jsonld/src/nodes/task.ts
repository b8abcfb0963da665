import type { MergedTask } from '@profiles/timeline';
import { recordIri } from '../iris.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties, recordText } from './provenance.js';

/**
 * One item of a body's list of tasks, as a `cp:Task` pointing at its body (`cp:taskOf`), with its
 * place in the list (`schema:position`) and its words (`schema:text`).
 *
 * @param task The merged record (`@profiles/timeline`).
 * @param scope The country being written.
 */
export function taskNode(task: MergedTask, scope: NodeScope): JsonLdNode {
  // Terms in code-point order, the order the document lists them in.
  return makeNode(recordIri(task.id, scope.base), ['Task'], {
    position: task.position,
    taskOf: recordIri(task.organizationId, scope.base),
    text: recordText(task, scope)(task.text),
    ...recordProperties(task, scope),
  });
}
