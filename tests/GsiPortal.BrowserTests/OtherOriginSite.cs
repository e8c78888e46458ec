namespace GsiPortal.BrowserTests;

/// <summary>
/// Another site's page, served by a server of its own on another loopback port, so that the browser treats the portal
/// as another origin (a WordPress post embedding a passage; an article running the linker script). One listener, on
/// a free port found by trying, answering every request with the page last given to <see cref="Serve"/>.
/// </summary>
public sealed class OtherOriginSite : IDisposable
{
    private System.Net.HttpListener? listener;
    private volatile string page = "";
    private volatile string contentType = "";

    /// <summary>The site's origin, <c>http://localhost:{port}</c>; empty until the first page is served.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>Serves <paramref name="html"/> at every address from now on, as <paramref name="type"/> (with no charset, the page's script must still read as UTF-8).</summary>
    public void Serve(string html, string type = "text/html; charset=utf-8")
    {
        (page, contentType) = (html, type);
        if (listener is not null) return;
        for (var attempt = 0; listener is null; attempt++)
        {
            var port = Random.Shared.Next(20000, 60000);
            var trying = new System.Net.HttpListener();
            trying.Prefixes.Add($"http://localhost:{port}/");
            try { trying.Start(); } catch (System.Net.HttpListenerException) when (attempt < 20) { continue; }
            listener = trying;
            Origin = $"http://localhost:{port}";
        }
        var site = listener;
        _ = Task.Run(async () =>
        {
            while (site.IsListening)
            {
                System.Net.HttpListenerContext context;
                try { context = await site.GetContextAsync(); } catch (Exception) { return; }
                var bytes = System.Text.Encoding.UTF8.GetBytes(page);
                context.Response.ContentType = contentType;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        });
    }

    public void Dispose() => listener?.Close();
}
