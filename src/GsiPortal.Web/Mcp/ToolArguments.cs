using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace GsiPortal.Web.Mcp;

/// <summary>
/// A <c>tools/call</c>'s arguments checked against the tool's own input schema before the library binds them, each
/// fault a JSON-RPC −32602 Invalid params with a plain reason (review 19, D7). The library hands the arguments to
/// Microsoft.Extensions.AI's binder, and whatever that throws — a number where the query goes, the quotation left out —
/// is not an <see cref="McpException"/>, so the caller read only "An error occurred invoking 'search'."; arguments that
/// are not an object failed the library's reading of the params and came back as −32603 "An error occurred.", the RPC
/// form of a 500. The schema checked is the one <c>tools/list</c> gives, made from the tools' own signatures, so the
/// two cannot disagree. What the schema cannot say (a page of 0, an unknown reference) the tools themselves refuse.
/// </summary>
public static class ToolArguments
{
    private const string Example = "{\"name\": \"search\", \"arguments\": {\"query\": \"indivisible security\"}}";

    /// <summary>Checks every <c>tools/call</c> as it comes in, before the library reads its params.</summary>
    public static IMcpServerBuilder WithToolArgumentsChecked(this IMcpServerBuilder builder) =>
        builder.WithMessageFilters(filters => filters.AddIncomingFilter(next => async (context, cancellationToken) =>
        {
            // Thrown here, the library answers the request's own id with this code and message (McpSessionHandler).
            if (context.JsonRpcMessage is JsonRpcRequest { Method: RequestMethods.ToolsCall } request
                && FaultOf(request.Params, context.Server.ServerOptions.ToolCollection) is { } reason)
                throw new McpProtocolException($"Invalid params: {reason}", McpErrorCode.InvalidParams);
            await next(context, cancellationToken);
        }));

    /// <summary>What is wrong with a call's params, in the caller's terms, or null. A tool this server lacks is left to the library ("Unknown tool").</summary>
    public static string? FaultOf(JsonNode? parameters, McpServerPrimitiveCollection<McpServerTool>? tools)
    {
        if (parameters is not JsonObject call) return $"params must be an object naming the tool and its arguments, such as {Example}; it is {Describe(parameters)}.";
        if (call["name"] is not JsonValue name || name.GetValueKind() != JsonValueKind.String)
            return $"params.name must be the tool's name, a string, as in {Example}; it is {Describe(call["name"])}.";
        var arguments = call["arguments"];
        if (arguments is not (null or JsonObject))
            return $"arguments must be an object of named values, such as {{\"query\": \"indivisible security\"}}; it is {Describe(arguments)}.";
        if (tools is null || !tools.TryGetPrimitive(name.GetValue<string>(), out var tool)) return null;
        return FaultOf((JsonObject?)arguments, tool.ProtocolTool.InputSchema);
    }

    /// <summary>The schema's required arguments present, and each argument given of a type the schema allows.</summary>
    private static string? FaultOf(JsonObject? arguments, JsonElement schema)
    {
        if (!schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object) return null;
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var needed in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (arguments?[needed] is null)
                    return $"{needed} is required{(properties.TryGetProperty(needed, out var p) ? $" ({Expected(p)})" : "")}.";
            }
        }
        foreach (var (argument, value) in arguments ?? [])
        {
            // An argument the tool does not take is ignored, as the binder ignores it (the schema allows more).
            if (!properties.TryGetProperty(argument, out var property)) continue;
            if (!Allows(property, value)) return $"{argument} must be {Expected(property)}; it is {Describe(value)}.";
        }
        return null;
    }

    private static IEnumerable<string> Types(JsonElement property) =>
        !property.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!)
        : [type.GetString()!];

    private static bool Allows(JsonElement property, JsonNode? value)
    {
        var types = Types(property).ToList();
        if (types.Count == 0) return true;
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        return types.Any(type => type switch
        {
            "string" => kind == JsonValueKind.String,
            // The tools' whole numbers are ints: 1.5 and 10^12 do not bind.
            "integer" => kind == JsonValueKind.Number && Int(value!) is not null,
            "number" => kind == JsonValueKind.Number,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "null" => kind == JsonValueKind.Null,
            "object" => kind == JsonValueKind.Object,
            "array" => kind == JsonValueKind.Array,
            _ => true,
        });
    }

    /// <summary>The number as an int, if it is one. A node parsed from the body holds a JsonElement; one made in code, a .NET number.</summary>
    private static int? Int(JsonNode value) =>
        value.AsValue().TryGetValue<JsonElement>(out var element) ? element.TryGetInt32(out var i) ? i : null
        : value.AsValue().TryGetValue<int>(out var j) ? j : null;

    /// <summary>What an argument must be, from its schema: "a string", "a whole number", "a string or null".</summary>
    private static string Expected(JsonElement property)
    {
        var types = Types(property).Select(type => type switch
        {
            "string" => "a string",
            "integer" => "a whole number (at most 2147483647)",
            "number" => "a number",
            "boolean" => "true or false",
            "object" => "an object",
            "array" => "an array",
            "null" => "null",
            _ => type,
        }).ToList();
        return types.Count == 0 ? "a value" : string.Join(" or ", types);
    }

    /// <summary>What was sent, without echoing a long value: its kind, or a short number itself.</summary>
    private static string Describe(JsonNode? value) => (value?.GetValueKind() ?? JsonValueKind.Null) switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number when value!.ToJsonString() is { Length: <= 24 } number => $"a number, {number}",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };
}
