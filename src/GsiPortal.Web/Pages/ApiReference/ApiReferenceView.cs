using System.Text.Json;
using System.Text.Json.Nodes;
using GsiPortal.Web.Api.OpenApi;
using Microsoft.OpenApi;

namespace GsiPortal.Web.Pages.ApiReference;

/// <summary>
/// The OpenAPI document read for the reference page: each group of operations, each operation with its parameters,
/// body, answers and an example request built from the document's own examples, and the shapes of the answers.
/// Nothing here is written twice: change the description and the page follows.
/// </summary>
public sealed record ApiReferenceView(string Title, string Description, string Version, string Licence, IReadOnlyList<ApiServerView> Servers,
    IReadOnlyList<ApiGroupView> Groups, IReadOnlyList<ApiShapeView> Shapes)
{
    public static ApiReferenceView From(OpenApiDocument document)
    {
        var operations = (document.Paths ?? [])
            .SelectMany(p => (p.Value.Operations ?? []).Select(o => Operation(p.Key, o.Key, o.Value)))
            .ToList();
        var groups = ApiTags.All
            .Select(t => new ApiGroupView(t.Name, Slug(t.Name), t.Description, operations.Where(o => o.Group == t.Name).OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method).ToList()))
            .Where(g => g.Operations.Count > 0)
            .ToList();
        var shapes = (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new ApiShapeView(s.Key, s.Value.Description, (s.Value.Properties ?? new Dictionary<string, IOpenApiSchema>())
                .Select(p => new ApiFieldView(p.Key, TypeOf(p.Value), s.Value.Required?.Contains(p.Key) ?? false, p.Value.Description)).ToList()))
            .ToList();
        return new ApiReferenceView(document.Info?.Title ?? "API", document.Info?.Description ?? "", document.Info?.Version ?? "",
            document.Info?.License?.Url?.ToString() ?? "",
            (document.Servers ?? []).Select(s => new ApiServerView(s.Url ?? "", s.Description ?? "")).ToList(), groups, shapes);
    }

    private static ApiOperationView Operation(string path, HttpMethod method, OpenApiOperation operation)
    {
        var parameters = (operation.Parameters ?? []).Select(p => new ApiParameterView(
            p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "", p.Required, p.Description ?? "",
            p.Schema?.Enum is { Count: > 0 } values ? values.Select(Plain).ToList() : [],
            p.Schema?.Pattern, p.Schema?.Default is { } d ? Plain(d) : null, p.Example is { } e ? Plain(e) : null)).ToList();
        var body = operation.RequestBody?.Content?.FirstOrDefault() is { Key: { } media, Value: { } content }
            ? new ApiBodyView(media, TypeOf(content.Schema), content.Example?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            : null;
        var answers = (operation.Responses ?? []).OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new ApiAnswerView(r.Key, r.Value.Description ?? "",
                (r.Value.Content ?? new Dictionary<string, OpenApiMediaType>()).Select(c => new ApiMediaView(c.Key, c.Value.Schema is null ? null : TypeOf(c.Value.Schema))).ToList()))
            .ToList();
        return new ApiOperationView(operation.Tags?.FirstOrDefault()?.Name ?? ApiTags.Site, operation.OperationId ?? Slug(method + path), method.Method, path,
            operation.Summary ?? "", operation.Description, parameters, body, answers, Example(path, parameters));
    }

    /// <summary>The operation's address with each parameter at its example, as a reader would type it.</summary>
    private static string Example(string path, IReadOnlyList<ApiParameterView> parameters)
    {
        var address = path;
        var query = new List<string>();
        foreach (var p in parameters.Where(p => p.Example is not null))
            if (p.In == "path") address = address.Replace("{" + p.Name + "}", p.Example, StringComparison.Ordinal);
            else query.Add($"{p.Name}={Uri.EscapeDataString(p.Example!)}");
        return query.Count == 0 ? address : address + "?" + string.Join("&", query);
    }

    /// <summary>A schema as a reader names it: a shape's name, "array of …", or its JSON types ("string", "integer or null").</summary>
    public static string TypeOf(IOpenApiSchema? schema)
    {
        if (schema is null) return "";
        if (schema is OpenApiSchemaReference reference) return reference.Reference?.Id ?? "object";
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Array)) return "array of " + TypeOf(schema.Items);
        if (schema.AdditionalProperties is { } values && schema.Type is { } t2 && t2.HasFlag(JsonSchemaType.Object)) return "map of " + TypeOf(values);
        if (schema.Type is not { } types)
        {
            var choices = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf;
            return choices is { Count: > 0 } ? string.Join(" or ", choices.Select(TypeOf)) : "any";
        }
        var names = Enum.GetValues<JsonSchemaType>().Where(f => types.HasFlag(f)).Select(f => f.ToString().ToLowerInvariant()).ToList();
        return string.Join(" or ", names.OrderBy(n => n == "null"));
    }

    private static string Plain(JsonNode node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node.ToJsonString();

    public static string Slug(string name) => new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}

public sealed record ApiServerView(string Url, string Description);
public sealed record ApiGroupView(string Name, string Id, string Description, IReadOnlyList<ApiOperationView> Operations);
public sealed record ApiOperationView(string Group, string Id, string Method, string Path, string Summary, string? Description,
    IReadOnlyList<ApiParameterView> Parameters, ApiBodyView? Body, IReadOnlyList<ApiAnswerView> Answers, string Example);
public sealed record ApiParameterView(string Name, string In, bool Required, string Description, IReadOnlyList<string> Values, string? Pattern, string? Default, string? Example);
public sealed record ApiBodyView(string MediaType, string Type, string? Example);
public sealed record ApiAnswerView(string Status, string Description, IReadOnlyList<ApiMediaView> Media);
public sealed record ApiMediaView(string MediaType, string? Type);
public sealed record ApiShapeView(string Name, string? Description, IReadOnlyList<ApiFieldView> Fields);
public sealed record ApiFieldView(string Name, string Type, bool Required, string? Description);
