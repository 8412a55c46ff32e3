// Starts GraphiQL on /graphql (loaded by graphiql.html after React and GraphiQL).
const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
const defaultQuery = `# The research API: every answer carries its evidence.
# Try: how is Harris linked to the vaccine doses Mexico received?
{
  linkagePaths(from: "person:harris", to: "event:2021-03-us-agrees-vaccine-doses", k: 3) {
    length
    hops { sentence relationship { evidence { excerpt attribution confidence } } }
  }
}
`;
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
);
