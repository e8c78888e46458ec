namespace GsiPortal.Web.Hosting;

/// <summary>
/// Scripts are served as <c>text/javascript; charset=utf-8</c>: the linker runs on other sites' pages, and on a page
/// that declares no encoding a script without a charset is read as Windows-1252 ("×" shows as "Ã—").
/// </summary>
public static class ScriptCharset
{
    public const string ContentType = "text/javascript; charset=utf-8";

    public static IApplicationBuilder UseScriptCharset(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.Value?.EndsWith(".js", StringComparison.OrdinalIgnoreCase) == true)
            context.Response.OnStarting(() =>
            {
                if (context.Response.ContentType?.StartsWith("text/javascript", StringComparison.OrdinalIgnoreCase) == true
                    || context.Response.ContentType?.StartsWith("application/javascript", StringComparison.OrdinalIgnoreCase) == true)
                    context.Response.ContentType = ContentType;
                return Task.CompletedTask;
            });
        return next(context);
    });
}
