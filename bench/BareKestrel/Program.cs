// The stable ceiling the site is measured against (bench/load.sh): Kestrel with one request delegate that writes,
// from memory, the very answers the site gave for each saved page — no middleware, no logging, no routing.
// Usage: BareKestrel <folder> --urls http://127.0.0.1:PORT, where the folder holds, for each page, <name>.path (the
// site path), <name>.body and <name>.br (the bytes, plain and Brotli) and <name>.body.headers and <name>.br.headers
// (the site's response headers, as curl -D saved them).
// At the page's own path it writes the site's headers and bytes: the same response, the fair ceiling for a site that
// must send its security and caching headers. At /body-only/<path> it writes the bytes with only Content-Type (and
// Content-Encoding), the ceiling the issue first named; load.sh reports both.

using Microsoft.Extensions.Primitives;

var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? throw new ArgumentException("give the folder of saved pages");
var pages = Directory.GetFiles(folder, "*.path").ToDictionary(
    file => File.ReadAllText(file).Trim(),
    file => (Plain: Saved(Path.ChangeExtension(file, ".body")), Brotli: Saved(Path.ChangeExtension(file, ".br"))),
    StringComparer.Ordinal);

// Everything but the folder is the host's (--urls and its value).
var builder = WebApplication.CreateSlimBuilder(args.Where(a => a != folder).ToArray());
builder.Logging.ClearProviders();
var app = builder.Build();
var html = "text/html; charset=utf-8";
var brotli = new StringValues("br");
app.Run(context =>
{
    var path = context.Request.Path.Value ?? "";
    var bodyOnly = path.StartsWith("/body-only/", StringComparison.Ordinal);
    if (!pages.TryGetValue(bodyOnly ? path["/body-only".Length..] : path, out var page))
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
    var wantsBrotli = context.Request.Headers.AcceptEncoding.ToString().Contains("br", StringComparison.Ordinal);
    var answer = wantsBrotli ? page.Brotli : page.Plain;
    var headers = context.Response.Headers;
    if (bodyOnly)
    {
        context.Response.ContentType = html;
        if (wantsBrotli) headers.ContentEncoding = brotli;
    }
    else
    {
        foreach (var (name, value) in answer.Headers) headers[name] = value;
    }
    context.Response.ContentLength = answer.Bytes.Length;
    return context.Response.Body.WriteAsync(answer.Bytes).AsTask();
});
app.Run();

// The bytes, and the headers the site sent with them but those Kestrel writes itself.
static (byte[] Bytes, KeyValuePair<string, StringValues>[] Headers) Saved(string body)
{
    string[] kestrels = ["Date", "Server", "Content-Length", "Transfer-Encoding"];
    var headers = File.Exists(body + ".headers")
        ? File.ReadAllLines(body + ".headers")
            .Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && !kestrels.Contains(parts[0].Trim(), StringComparer.OrdinalIgnoreCase))
            .Select(parts => KeyValuePair.Create(parts[0].Trim(), new StringValues(parts[1].Trim())))
            .ToArray()
        : [];
    return (File.ReadAllBytes(body), headers);
}
