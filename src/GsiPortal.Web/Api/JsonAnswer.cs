using System.Buffers;
using System.Text.Json;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Http.Metadata;

namespace GsiPortal.Web.Api;

/// <summary>
/// A 200 answer in JSON written straight into the response's buffer, by a writer of its own (<see cref="SearchAnswerJson"/>):
/// the search's answer, about 12 KB, went through records made for it, the host's reflection serializer, its write
/// stack and a pipe's buffers into the ETag's buffer — a third of a distinct search's time in the web layer, with the
/// collector's share (docs/performance.md). Here it is written synchronously into the pooled buffer
/// <see cref="HttpCachingHeaders"/> hashes and sends (or into one of its own, copied to whatever body stream the response
/// has, for a compressed answer). The endpoint's description still names <typeparamref name="TShape"/>, the records
/// whose JSON this is, as <c>Ok&lt;TShape&gt;</c> did.
/// </summary>
public sealed class JsonAnswer<TShape>(Action<Utf8JsonWriter> write) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private const string Json = "application/json; charset=utf-8";

    public int? StatusCode => StatusCodes.Status200OK;
    public string ContentType => Json;

    public Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = Json;
        if (response.Body is PooledBody held)
        {
            JsonWriting.Write(held, write);
            return Task.CompletedTask;
        }
        return WriteCopiedAsync(context, response.Body);
    }

    private async Task WriteCopiedAsync(HttpContext context, Stream body)
    {
        using var buffer = new PooledBody();
        JsonWriting.Write(buffer, write);
        await body.WriteAsync(buffer.Written, context.RequestAborted);
    }

    static void IEndpointMetadataProvider.PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TShape), ["application/json"]));
}

/// <summary>One JSON writer per thread, reset onto each buffer: writing is synchronous, so no two requests share it.</summary>
internal static class JsonWriting
{
    /// <summary>As the host's options write JSON: '&lt;', '&gt;', '&amp;' and quotes escaped, so a reflected query never reads as markup.</summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default, SkipValidation = true };

    [ThreadStatic] private static Utf8JsonWriter? writer;

    public static void Write(PooledBody body, Action<Utf8JsonWriter> write)
    {
        IBufferWriter<byte> buffer = body;
        var json = writer;
        if (json is null) writer = json = new Utf8JsonWriter(buffer, Options);
        else json.Reset(buffer);
        try
        {
            write(json);
            json.Flush();
        }
        finally
        {
            // Not left holding a buffer that goes back to the pool.
            json.Reset(Stream.Null);
        }
    }
}
