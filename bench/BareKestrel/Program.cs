// The stable ceiling the site is measured against (bench/load.sh): Kestrel with one request delegate that writes,
// from memory, the very bytes the site answered for each saved page — no middleware, no logging, no routing.
// Usage: BareKestrel <folder> --urls http://127.0.0.1:PORT, where the folder holds <name>.body, <name>.br and
// <name>.path (the site path the pair answers) for each page.

var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? throw new ArgumentException("give the folder of saved pages");
var pages = Directory.GetFiles(folder, "*.path").ToDictionary(
    file => File.ReadAllText(file).Trim(),
    file => (Plain: File.ReadAllBytes(Path.ChangeExtension(file, ".body")), Brotli: File.ReadAllBytes(Path.ChangeExtension(file, ".br"))),
    StringComparer.Ordinal);

// Everything but the folder is the host's (--urls and its value).
var builder = WebApplication.CreateSlimBuilder(args.Where(a => a != folder).ToArray());
builder.Logging.ClearProviders();
var app = builder.Build();
var html = "text/html; charset=utf-8";
var brotli = new Microsoft.Extensions.Primitives.StringValues("br");
app.Run(context =>
{
    if (!pages.TryGetValue(context.Request.Path.Value ?? "", out var page))
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
    var wantsBrotli = context.Request.Headers.AcceptEncoding.ToString().Contains("br", StringComparison.Ordinal);
    var bytes = wantsBrotli ? page.Brotli : page.Plain;
    context.Response.ContentType = html;
    if (wantsBrotli) context.Response.Headers.ContentEncoding = brotli;
    context.Response.ContentLength = bytes.Length;
    return context.Response.Body.WriteAsync(bytes).AsTask();
});
app.Run();
