using System.Text.Json;

namespace GsiPortal.Web.Requests;

/// <summary>
/// What is wrong with a JSON body, said before any handler binds it (review 18, D12). The binder answered every fault
/// alike — a number where the text goes, a trailing comma, a lone surrogate, 5,000 levels of nesting — with "Failed to
/// read parameter "QuoteCheckApi.QuoteCheckRequest? request"", a .NET type name, and let a field given twice take its
/// last value. The MCP library, likewise, answered a message of the wrong shape with the serializer's message, naming
/// <c>ModelContextProtocol.Protocol.JsonRpcMessage</c>. One pass of <see cref="Utf8JsonReader"/> over the buffered body
/// finds each fault and says it in the caller's terms: where (line and byte), which field, what it must be.
/// </summary>
public static class JsonBodyShape
{
    /// <summary>Deeper than any body the site reads needs (a JSON-RPC call's arguments are two or three levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>A fault: a title, the reason, and whether the body was JSON at all (JSON-RPC's −32600 rather than −32700).</summary>
    public sealed record Fault(string Title, string Reason, bool WasJson);

    /// <summary>
    /// A body that must be one object whose <paramref name="field"/>, if given, is a string (null counts as not given,
    /// and the handler says what is missing); other fields are ignored, as the binder ignores them.
    /// </summary>
    public static Fault? OfObjectWithText(ReadOnlySpan<byte> body, string field)
    {
        var example = $"{{\"{field}\": \"…\"}}";
        // Nothing, or null, is no request at all: the handler says what is missing, as it always has.
        if (body.Trim(" \t\r\n"u8).IsEmpty) return null;
        if (Syntax(body) is { } fault) return fault;
        var reader = Reader(body);
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject)
            return new("Not an object", $"The body must be a JSON object such as {example}; it is {Describe(reader.TokenType)}.", true);
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName) continue;
            if (Name(ref reader) is not { } name) return NotUnicode("a field's name", ref reader);
            // The binder reads names without regard to case: "Text" and "text" are the same field, given twice.
            if (!seen.TryAdd(name, name)) return Twice(seen[name], name);
            if (!name.Equals(field, StringComparison.OrdinalIgnoreCase)) continue;
            reader.Read();
            if (reader.TokenType is JsonTokenType.Null) continue;
            if (reader.TokenType != JsonTokenType.String)
                return new($"\"{field}\" is not a string", $"The field \"{field}\" must be a string, as in {example}; it is {Describe(reader.TokenType)}.", true);
            if (!IsUnicode(ref reader)) return NotUnicode($"the field \"{field}\"", ref reader);
        }
        return null;
    }

    /// <summary>
    /// A JSON-RPC 2.0 message as the MCP library reads one: an object with <c>"jsonrpc": "2.0"</c>, and a method (a
    /// request or a notification) or an id with a result or an error (a response); a request's id a string or a number,
    /// never null. Anything the library would refuse is refused here first, in words.
    /// </summary>
    public static Fault? OfJsonRpcMessage(ReadOnlySpan<byte> body)
    {
        const string example = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/list\"}";
        if (body.Trim(" \t\r\n"u8).IsEmpty) return new("Empty body", $"The body is empty. Send one JSON-RPC message such as {example}.", false);
        if (Syntax(body) is { } fault) return fault;
        var reader = Reader(body);
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartArray)
            return new("A batch", $"The body is an array (a JSON-RPC batch), which MCP does not take: send one message, such as {example}.", true);
        if (reader.TokenType != JsonTokenType.StartObject)
            return new("Not an object", $"A JSON-RPC message is an object such as {example}; the body is {Describe(reader.TokenType)}.", true);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool version = false, method = false, id = false, nullId = false, result = false, error = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName) continue;
            if (Name(ref reader) is not { } name) return NotUnicode("a member's name", ref reader);
            if (!seen.Add(name)) return Twice(name, name);
            reader.Read();
            switch (name)
            {
                case "jsonrpc":
                    if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals("2.0"u8))
                        return Invalid($"\"jsonrpc\" must be the string \"2.0\"; it is {Describe(ref reader)}.");
                    version = true;
                    break;
                case "method":
                    if (reader.TokenType != JsonTokenType.String) return Invalid($"\"method\" must be a string, such as \"tools/list\"; it is {Describe(reader.TokenType)}.");
                    if (!IsUnicode(ref reader)) return NotUnicode("\"method\"", ref reader);
                    method = true;
                    break;
                case "id":
                    if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number or JsonTokenType.Null))
                        return Invalid($"\"id\" must be a string or a number; it is {Describe(reader.TokenType)}.");
                    if (reader.TokenType == JsonTokenType.Number && !reader.TryGetInt64(out _))
                        return Invalid("\"id\" must be a whole number (or a string).");
                    if (reader.TokenType == JsonTokenType.String && !IsUnicode(ref reader)) return NotUnicode("\"id\"", ref reader);
                    id = true;
                    nullId = reader.TokenType == JsonTokenType.Null;
                    break;
                case "result":
                    result = true;
                    break;
                case "error":
                    if (reader.TokenType != JsonTokenType.StartObject)
                        return Invalid($"\"error\" must be an object with a code and a message; it is {Describe(reader.TokenType)}.");
                    if (ErrorObject(ref reader) is { } wrong) return Invalid(wrong);
                    error = true;
                    break;
            }
        }
        if (!version) return Invalid($"The message has no \"jsonrpc\": \"2.0\". Send one such as {example}.");
        if (method && nullId)
            return Invalid("A request's \"id\" must not be null (MCP forbids it): give a string or a number, or leave \"id\" out to send a notification.");
        if (!method && !(id && !nullId && (result || error)) && !error)
            return Invalid($"The message has no \"method\": a request or a notification names one, as in {example}; a response gives an \"id\" with a \"result\" or an \"error\".");
        return null;
    }

    /// <summary>The body's syntax and depth, read through once before its shape, so that either is said first, whatever the shape.</summary>
    private static Fault? Syntax(ReadOnlySpan<byte> body)
    {
        var reader = Reader(body);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= MaxDepth)
                {
                    var (line, position) = Where(body, reader.TokenStartIndex);
                    return new("Nested too deep", $"The body nests objects or arrays more than {MaxDepth} levels deep (line {line}, byte {position}); no request here needs more than a few.", true);
                }
            }
            return null;
        }
        catch (JsonException e)
        {
            return NotJson(e);
        }
    }

    /// <summary>The line and the byte within it of <paramref name="index"/>, counted from 1.</summary>
    private static (long Line, long Byte) Where(ReadOnlySpan<byte> body, long index)
    {
        var before = body[..(int)Math.Min(index, body.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, index - lineStart + 1);
    }

    private static Utf8JsonReader Reader(ReadOnlySpan<byte> body)
    {
        // A byte order mark is not JSON, but the binder and the MCP library skip one: so does this.
        if (body.StartsWith("\uFEFF"u8)) body = body[3..];
        // The reader's own limit lies past ours, so that nesting is said as too deep, not as a reader's fault.
        return new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth * 2 });
    }

    private static string? Name(ref Utf8JsonReader reader)
    {
        try { return reader.GetString(); }
        catch (InvalidOperationException) { return null; }
    }

    /// <summary>Whether a string value decodes to text: a lone surrogate (<c>\ud800</c>) or bytes that are not UTF-8 do not.</summary>
    private static bool IsUnicode(ref Utf8JsonReader reader)
    {
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>What is wrong with a JSON-RPC error object, or null: a whole-number code and a string message.</summary>
    private static string? ErrorObject(ref Utf8JsonReader reader)
    {
        bool code = false, message = false;
        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.CurrentDepth != depth + 1 || reader.TokenType != JsonTokenType.PropertyName) continue;
            var name = Name(ref reader);
            reader.Read();
            if (name == "code") code = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out _);
            else if (name == "message") message = reader.TokenType == JsonTokenType.String && IsUnicode(ref reader);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        }
        return code && message ? null : "\"error\" must be an object with a whole-number \"code\" and a string \"message\".";
    }

    private static Fault Invalid(string reason) => new("Invalid JSON-RPC message", reason, true);

    private static Fault Twice(string first, string second) => new("A field given twice", first == second
        ? $"The field \"{first}\" is given twice: give it once. (Which value was meant cannot be told, so neither is taken.)"
        : $"The field \"{first}\" is given twice, the second time as \"{second}\" (names are read here without regard to case): give it once.", true);

    /// <summary>A string that decodes to no text: an escaped lone surrogate (<c>\ud800</c>), or raw bytes that are not UTF-8.</summary>
    private static Fault NotUnicode(string what, ref Utf8JsonReader reader) => new("Not valid Unicode", reader.ValueIsEscaped
        ? $"The text of {what} is not valid Unicode: it holds half of a surrogate pair (such as \\ud800 without the \\udc00–\\udfff that completes it), which stands for no character."
        : $"The text of {what} is not valid Unicode: it holds bytes that are not UTF-8. Send the body as UTF-8.", true);

    /// <summary>The reader's own words for a syntax fault, with the line and byte counted from 1 and nothing of .NET in them.</summary>
    private static Fault NotJson(JsonException e)
    {
        var what = e.Message;
        var cut = what.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0) what = what[..cut];
        // The reader's advice is to its programmer, not to the caller: JSON allows no trailing comma, whatever the mode.
        what = what.Replace(" Change the reader options.", "", StringComparison.Ordinal)
            .Replace(" which is not supported in this mode", ", which JSON does not allow", StringComparison.Ordinal).Trim();
        if (what.Length > 1 && char.IsUpper(what[0]) && char.IsLower(what[1])) what = char.ToLowerInvariant(what[0]) + what[1..];
        var where = e.LineNumber is { } line && e.BytePositionInLine is { } position ? $" at line {line + 1}, byte {position + 1}" : "";
        return new("Not JSON", $"The body is not valid JSON{where}: {what}", false);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => "not a value",
    };

    /// <summary>The value itself when it is a short string ("1.0"), else its kind.</summary>
    private static string Describe(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= 20 && !reader.ValueIsEscaped && System.Text.Unicode.Utf8.IsValid(reader.ValueSpan)
            ? $"\"{System.Text.Encoding.UTF8.GetString(reader.ValueSpan)}\""
            : Describe(reader.TokenType);
}
