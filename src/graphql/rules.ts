/**
 * Validation rules of our own, beside graphql-js's and graphql-armor's. A
 * validation error is answered 400 GRAPHQL_VALIDATION_FAILED before anything runs.
 */
import { ASTVisitor, GraphQLError, OperationDefinitionNode, ValidationContext } from 'graphql';

/**
 * The schema defines queries and mutations, no subscriptions. graphql-js 16
 * validates an operation of a type the schema lacks without complaint and fails
 * only when executing it, as an internal error; this reports it as the client's
 * mistake instead.
 */
export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node: OperationDefinitionNode) {
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(
        new GraphQLError(`This API has no ${node.operation} operations.`, {
          nodes: [node],
        }),
      );
    },
  };
}
