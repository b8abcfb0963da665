import type { Task } from '@profiles/model';
import { recordIri } from '../iris.js';
import { makeNode, type JsonLdNode, type NodeScope } from './node.js';
import { recordProperties } from './provenance.js';

/**
 * One item of a body's list of tasks, as a `cp:Task` pointing at its body (`cp:taskOf`), with its
 * place in the list (`schema:position`) and its words (`schema:text`).
 *
 * @param task The model record.
 * @param scope The profile being written.
 */
export function taskNode(task: Task, scope: NodeScope): JsonLdNode {
  return makeNode(recordIri(task.id, scope.base), ['Task'], {
    taskOf: recordIri(task.organizationId, scope.base),
    position: task.position,
    text: task.text,
    ...recordProperties(task, scope),
  });
}
