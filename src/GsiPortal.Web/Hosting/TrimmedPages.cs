using System.Text;
using GsiPortal.Web.Rendering;

namespace GsiPortal.Web.Hosting;

/// <summary>Pages leave without their templates' indentation (<see cref="HtmlWhitespace"/>), before they are cached and compressed.</summary>
public sealed class TrimmedPages(RequestDelegate next)
{
    // Anything but a page passes straight on, without an async frame (docs/performance.md, seventeenth session).
    public Task InvokeAsync(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is null ? next(context) : TrimAsync(context);

    private async Task TrimAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }
        var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var bytes = Encoding.UTF8.GetBytes(HtmlWhitespace.Trim(html));
        if (context.Response.ContentLength is not null) context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes, context.RequestAborted);
    }
}
