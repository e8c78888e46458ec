using System.Text;
using System.Text.RegularExpressions;
using GsiPortal.Core.Addresses;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// Keeps a reader of a fixed edition in it: on a page served at <c>/editions/{version}/…</c>, every link to the texts
/// and the tools that read them (<see cref="InEdition"/>) is written within that edition, so following one shows that
/// edition's words, not today's. Links to site-wide pages (search, the home page, about, changes, the editions list)
/// lead to the current site (docs/linking.md, "Editions"). Runs inside compression, so it reads the page as written;
/// answers that are not HTML pass through untouched and unbuffered.
/// </summary>
public sealed partial class EditionLinks(RequestDelegate next)
{
    /// <summary>The addresses that belong to an edition: its texts and everything computed from them.</summary>
    public static readonly string[] InEdition =
    [
        Routes.Paper, Routes.Commentaries, Routes.Reference, Routes.Cite, Routes.Embed, Routes.Download, Routes.Compare,
        Routes.Coverage, Routes.Terms, Routes.QuoteCheck, Routes.Api,
    ];

    /// <summary>Under <see cref="Routes.Api"/>, what is site-wide: search reads the current edition, and the list of editions is one.</summary>
    public static readonly string[] SiteWide = [Routes.ApiSearch, Routes.ApiSuggest, Routes.ApiEditions, Routes.ApiMcp];

    // The attributes a reader follows or a script fetches from; addresses that are data (data-page, data-cite-base) are
    // not links. An element that says data-current-site before them (the banner's way to today's text) is left alone.
    [GeneratedRegex("""(?<=\s(?:href|src|action|formaction|data-api-passages|data-cite-route)=")(?<!\sdata-current-site[\s=][^<>]*)/[^"]*""", RegexOptions.CultureInvariant)]
    private static partial Regex LinkValue();

    /// <summary>The attribute that keeps a link on the current site within a fixed edition's page (written before its href).</summary>
    public const string CurrentSiteAttribute = "data-current-site";

    // The current edition's answers pass straight on, without an async frame (docs/performance.md, seventeenth session).
    public Task InvokeAsync(HttpContext context) => FixedEdition.Of(context) is null ? next(context) : RewriteAsync(context);

    private async Task RewriteAsync(HttpContext context)
    {
        var original = context.Response.Body;
        await using var capture = new HtmlCapture(original, context.Response);
        context.Response.Body = capture;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (capture.Captured is { } page)
        {
            var html = Encoding.UTF8.GetString(page.GetBuffer(), 0, (int)page.Length);
            var bytes = Encoding.UTF8.GetBytes(Rewrite(html, context.Request.PathBase.Value ?? ""));
            await original.WriteAsync(bytes, context.RequestAborted);
        }
    }

    /// <summary>The page with every link to the texts moved under <paramref name="editionBase"/> (<c>/editions/{version}</c>).</summary>
    public static string Rewrite(string html, string editionBase) =>
        editionBase.Length == 0 ? html : LinkValue().Replace(html, m => !m.Value.StartsWith("//", StringComparison.Ordinal) && IsInEdition(m.Value) ? editionBase + m.Value : m.Value);

    /// <summary>Whether an address of the site (a path with any query or fragment) belongs to an edition.</summary>
    public static bool IsInEdition(string address)
    {
        var end = address.IndexOfAny(['?', '#']);
        var path = new PathString(end < 0 ? address : address[..end]);
        return InEdition.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            && !SiteWide.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Buffers the body if, at its first write, it is HTML; otherwise writes straight through.</summary>
    private sealed class HtmlCapture(Stream inner, HttpResponse response) : Stream
    {
        private bool decided;

        public MemoryStream? Captured { get; private set; }

        private Stream Target()
        {
            if (!decided)
            {
                decided = true;
                if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    Captured = new MemoryStream();
                    response.ContentLength = null; // the page grows by the prefixes
                }
            }
            return Captured ?? inner;
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { if (decided && Captured is null) inner.Flush(); }
        public override Task FlushAsync(CancellationToken cancellationToken) => decided && Captured is null ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Target().Write(buffer, offset, count);
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Target().WriteAsync(buffer, offset, count, cancellationToken);
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => Target().WriteAsync(buffer, cancellationToken);

        public override ValueTask DisposeAsync()
        {
            Captured?.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
