using System.Collections.Concurrent;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// The hot path of a reference site: a page already sent for the edition in service, asked for again by its bare
/// address, is written from memory with its headers prepared once — before routing, the edition lease, the output
/// cache's policies and the security-header callbacks, which a profile showed to cost about half of a cached request
/// (docs/performance.md). What it writes is exactly what the full pipeline sent for the same path and
/// Accept-Encoding: the bytes and the headers, recorded the first time. Everything else takes the full pipeline:
/// query strings (the output cache keys those), other methods, cross-origin and range requests, requests with
/// credentials, and the rate-limited addresses, so that their limits hold. A page is kept for its edition and its
/// day (UTC): its citations say when it was accessed.
/// </summary>
public sealed class RenderedPages(RequestDelegate next, ContentStore store, EditionArchiving archiving, TimeProvider clock)
{
    /// <summary>Bounded: the bare addresses of every edition's pages in three encodings are a few megabytes.</summary>
    public const long BudgetBytes = 16 * 1024 * 1024;

    private const int LargestPage = 2 * 1024 * 1024;
    private const int LongestKeyPart = 256;

    /// <summary>
    /// Answers differ by host (a page names its own address when no public origin is configured) and by encoding;
    /// browsers send a handful of Accept-Encoding forms, and more variants than this for one path is someone varying
    /// them on purpose, who is then served by the output cache like any other request.
    /// </summary>
    private const int MostVariantsPerPath = 8;

    /// <summary>Set by the full pipeline's own headers; never recorded, because they are per answer.</summary>
    private static readonly HashSet<string> PerAnswer = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentLength, HeaderNames.Date, HeaderNames.Age, HeaderNames.TransferEncoding, HeaderNames.Server,
        HeaderNames.SetCookie, HeaderNames.StrictTransportSecurity,
    };

    private Shelf shelf = new("", default, -1);

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        // Anything not kept here (a search, with its query string) passes straight on, without an async frame
        // (docs/performance.md, seventeenth session).
        return !isGet && !HttpMethods.IsHead(request.Method) || !IsBareAddress(request) || IsErrorPage(context) ? next(context) : KeptAsync(context, request, isGet);
    }

    private async Task KeptAsync(HttpContext context, HttpRequest request, bool isGet)
    {
        var current = CurrentShelf();
        var variant = new Variant(request.IsHttps, request.Host.Value ?? "", request.Headers.AcceptEncoding.ToString());
        var path = request.Path.Value!;
        if (current?.Find(path, variant) is { } page)
        {
            await WriteAsync(context, page, isGet);
            return;
        }
        if (!isGet || current is null)
        {
            await next(context);
            return;
        }
        await RecordAsync(context, current, path, variant);
    }

    /// <summary>The shelf of the edition in service today; a new, empty one when the edition, the day or the archive's catalog has changed.</summary>
    private Shelf? CurrentShelf()
    {
        if (store.InService?.Library.CacheVersion is not { } version) return null;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var catalog = archiving.CatalogGeneration;
        var current = Volatile.Read(ref shelf);
        if (current.Version == version && current.Day == today && current.Catalog == catalog) return current;
        var fresh = new Shelf(version, today, catalog);
        return Interlocked.CompareExchange(ref shelf, fresh, current) == current ? fresh : Volatile.Read(ref shelf);
    }

    /// <summary>An error page re-executed for another request's failure answers that failure's status, never a kept 200.</summary>
    private static bool IsErrorPage(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;

    /// <summary>Only a bare GET or HEAD with nothing that could make its answer differ from a stranger's.</summary>
    private static bool IsBareAddress(HttpRequest request)
    {
        if (request.QueryString.HasValue || request.Path.Value is not { Length: > 0 and <= LongestKeyPart }) return false;
        var headers = request.Headers;
        if (headers.Origin.Count > 0 || headers.Range.Count > 0 || headers.Authorization.Count > 0 || headers.Cookie.Count > 0) return false;
        // A page asked for as JSON is answered by PageNegotiation, not from the HTML kept here.
        if (PageNegotiation.PrefersJson(headers.Accept)) return false;
        if (headers.AcceptEncoding.Count > 1 || headers.AcceptEncoding.ToString().Length > LongestKeyPart) return false;
        if (headers.Host.Count != 1 || headers.Host.ToString().Length > LongestKeyPart) return false;
        // The request's own PathString: a string would be decoded again, and "%00" in it (from %2500) throws.
        return !PortalRateLimiting.IsLimited(request.Path);
    }

    private Task WriteAsync(HttpContext context, Page page, bool withBody)
    {
        var response = context.Response;
        var headers = response.Headers;
        foreach (var (name, value) in page.Headers) headers[name] = value;
        headers.Age = page.AgeAt(clock);
        if (IsUnchanged(context.Request.Headers.IfNoneMatch, page.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            headers.ContentType = default;
            headers.ContentEncoding = default;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = page.Body.Length;
        return withBody ? response.Body.WriteAsync(page.Body, context.RequestAborted).AsTask() : Task.CompletedTask;
    }

    private static bool IsUnchanged(StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0) return false;
        foreach (var value in ifNoneMatch)
            if (value is not null && (value.Trim() == "*" || value.Contains(etag, StringComparison.Ordinal))) return true;
        return false;
    }

    /// <summary>Runs the full pipeline and keeps what it sent, if it is a page every stranger may be sent alike.</summary>
    private async Task RecordAsync(HttpContext context, Shelf current, string path, Variant variant)
    {
        var bodyFeature = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var copy = new CopyingStream(bodyFeature.Stream, LargestPage);
        var copying = new StreamResponseBodyFeature(copy, bodyFeature);
        context.Features.Set<IHttpResponseBodyFeature>(copying);
        try
        {
            await next(context);
            // Whatever the pipeline left in the body's writer reaches the stream, and so the copy. Only then: flushing
            // an empty body would start the response, and an empty 404 must stay open for its error page.
            if (copying.Writer is { CanGetUnflushedBytes: true, UnflushedBytes: > 0 } writer) await writer.FlushAsync();
        }
        finally
        {
            context.Features.Set(bodyFeature);
        }
        if (!IsSameForEveryone(context, copy)) return;
        var headers = context.Response.Headers
            .Where(header => !PerAnswer.Contains(header.Key))
            .Select(header => KeyValuePair.Create(header.Key, header.Value))
            .ToArray();
        // A page recorded for an edition that was replaced meanwhile is not kept.
        var version = context.RequestServices.GetService<RequestEdition>() is { IsHeld: true } edition ? edition.Edition.Library.CacheVersion : null;
        if (version != current.Version) return;
        current.Add(path, variant, new Page(headers, copy.Copied(), context.Response.Headers.ETag.ToString(), clock.GetTimestamp()));
    }

    private static bool IsSameForEveryone(HttpContext context, CopyingStream copy)
    {
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || copy.Overflowed || context.RequestAborted.IsCancellationRequested) return false;
        if (PortalCaching.IsStaticAsset(context)) return false;
        if (response.Headers.SetCookie.Count > 0 || response.Headers.ETag.Count != 1) return false;
        if (response.ContentLength is { } length && length != copy.CopiedLength) return false;
        var cacheControl = response.Headers.CacheControl.ToString();
        return cacheControl.StartsWith("public", StringComparison.Ordinal) && !cacheControl.Contains("no-store", StringComparison.Ordinal);
    }

    /// <summary>An answer as it was sent: its headers, its bytes and its strong ETag.</summary>
    private sealed record Page(KeyValuePair<string, StringValues>[] Headers, byte[] Body, string ETag, long RecordedAt)
    {
        public StringValues AgeAt(TimeProvider clock) => ((long)clock.GetElapsedTime(RecordedAt).TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>What besides the path an answer was given for: the scheme, the Host header and the Accept-Encoding header.</summary>
    private readonly record struct Variant(bool Https, string Host, string Encodings);

    /// <summary>The pages of one edition on one day, by path and then by variant.</summary>
    private sealed class Shelf(string version, DateOnly day, int catalog)
    {
        public DateOnly Day { get; } = day;

        /// <summary>The reading of the archive's catalog its pages were written with (<see cref="EditionArchiving.CatalogGeneration"/>).</summary>
        public int Catalog { get; } = catalog;

        private readonly ConcurrentDictionary<string, (Variant Variant, Page Page)[]> pages = new(StringComparer.Ordinal);
        private long bytes;

        public string Version { get; } = version;

        public Page? Find(string path, Variant variant)
        {
            if (!pages.TryGetValue(path, out var variants)) return null;
            foreach (var (known, page) in variants)
                if (known == variant) return page;
            return null;
        }

        public void Add(string path, Variant variant, Page page)
        {
            // Already kept (two first requests raced), or this path has all the variants it may have: nothing to count.
            if (pages.TryGetValue(path, out var known) && (known.Length >= MostVariantsPerPath || known.Any(v => v.Variant == variant))) return;
            if (Interlocked.Add(ref bytes, page.Body.Length) > BudgetBytes) return;
            pages.AddOrUpdate(path, _ => [(variant, page)],
                (_, variants) => variants.Any(v => v.Variant == variant) || variants.Length >= MostVariantsPerPath ? variants : [.. variants, (variant, page)]);
        }
    }
}
