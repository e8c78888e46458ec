using System.Text.Json.Nodes;
using GsiPortal.Core.Addresses;
using Microsoft.OpenApi;

namespace GsiPortal.Web.Api.OpenApi;

/// <summary>
/// The addresses no minimal-API handler answers, so the generator cannot see them: the embed pages (Razor pages made to
/// be framed), the MCP server (mapped by its library), health (health checks) and this description itself.
/// OpenApiTests lists the app's endpoints and fails on any that is neither a page nor described.
/// </summary>
public static class UnroutedPaths
{
    public static void AddTo(OpenApiDocument document)
    {
        document.Paths ??= [];
        document.Paths[Routes.Embed + "/{path}"] = Get(document, "Embed", ApiTags.Embedding,
            "A passage as a page made to be framed by another site (what oEmbed's iframe shows).",
            "text/html", "The embed page: the passage's words, its attribution and a link to read it here.",
            withPath: true, notFound: "text/html");
        document.Paths[Routes.ApiMcp] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Post] = new()
                {
                    OperationId = "Mcp",
                    Tags = Tag(document, ApiTags.Assistants),
                    Summary = "Model Context Protocol (streamable HTTP, stateless): tools search, fetch, commentaries_on_item, check_quote and cite.",
                    Description = "Each call is one JSON-RPC 2.0 request; send `Accept: application/json, text/event-stream`. "
                        + "The answer is a server-sent event carrying the JSON-RPC response. A body that is not JSON answers -32700; a tool's refusal is a result with isError.",
                    RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Description = "A JSON-RPC 2.0 request, e.g. {\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}.",
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            ["application/json"] = new()
                            {
                                Schema = new OpenApiSchema
                                {
                                    Type = JsonSchemaType.Object,
                                    Required = new HashSet<string> { "jsonrpc", "method" },
                                    Properties = new Dictionary<string, IOpenApiSchema>
                                    {
                                        ["jsonrpc"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("2.0")] },
                                        ["id"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.String },
                                        ["method"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "initialize, tools/list, tools/call, …" },
                                        ["params"] = new OpenApiSchema { Type = JsonSchemaType.Object },
                                    },
                                },
                                Example = JsonNode.Parse("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}"""),
                            },
                        },
                    },
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse
                        {
                            Description = "The JSON-RPC response, as one server-sent event (event: message).",
                            Content = new Dictionary<string, OpenApiMediaType> { ["text/event-stream"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
                        },
                    },
                },
            },
        };
        document.Paths[Routes.Liveness] = Get(document, "Liveness", ApiTags.Site, "Whether the process answers at all.", "text/plain", "Healthy.");
        document.Paths[Routes.Readiness] = Get(document, "Readiness", ApiTags.Site,
            "Whether the content is loaded and indexed, with its version and the archive's state.", "application/json", "Healthy, with the content's version and counts.",
            unavailable: true);
        document.Paths[Routes.OpenApi] = Get(document, "OpenApi", ApiTags.Site, "This description (OpenAPI 3.1).", "application/json", "The description.");
    }

    private static OpenApiPathItem Get(OpenApiDocument document, string id, string tag, string summary, string mediaType, string answer,
        bool withPath = false, string? notFound = null, bool unavailable = false)
    {
        var responses = new OpenApiResponses
        {
            ["200"] = new OpenApiResponse
            {
                Description = answer,
                Content = new Dictionary<string, OpenApiMediaType> { [mediaType] = new() { Schema = new OpenApiSchema { Type = mediaType == "application/json" ? JsonSchemaType.Object : JsonSchemaType.String } } },
            },
        };
        if (notFound is not null)
            responses["404"] = new OpenApiResponse
            {
                Description = "Nothing to embed at this address: the site's page saying so.",
                Content = new Dictionary<string, OpenApiMediaType> { [notFound] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
            };
        if (unavailable)
            responses["503"] = new OpenApiResponse
            {
                Description = "Not ready: no content loaded yet, or a reload has taken more than ten seconds.",
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } } },
            };
        var operation = new OpenApiOperation { OperationId = id, Tags = Tag(document, tag), Summary = summary, Responses = responses };
        if (withPath)
            operation.Parameters = [new OpenApiParameter { Name = "path", In = ParameterLocation.Path, Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String } }];
        if (id == "Embed")
        {
            operation.Parameters!.Add(new OpenApiParameter { Name = Routes.EmbedLinesParameter, In = ParameterLocation.Query, Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } });
            responses["400"] = new OpenApiResponse
            {
                Description = "lines is not a whole number in range: the reason, as text.",
                Content = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
            };
        }
        return new OpenApiPathItem { Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Get] = operation } };
    }

    private static HashSet<OpenApiTagReference> Tag(OpenApiDocument document, string name) => [new OpenApiTagReference(name, document)];
}
