using System.Text;
using GsiPortal.Core.Content;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Api;

/// <summary>
/// Downloads of each text: <c>/download/{id}.md</c>, the edition's Markdown file as it is kept (front matter
/// included), and <c>/download/{id}.txt</c>, plain text.
/// </summary>
public static class Downloads
{
    public static string Address(Document document, string format) => $"/download/{document.Id}.{format}";

    public static void MapDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet("/download/{file}", (string file, HttpContext context, ContentStore store) =>
        {
            var dot = file.LastIndexOf('.');
            var document = dot > 0 ? store.Library.FindDocument(file[..dot]) : null;
            var format = dot > 0 ? file[(dot + 1)..] : "";
            if (document is null || format is not ("md" or "txt")) return DataApi.Missing($"/download/{file}");
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
            return format == "md"
                ? Results.Text(document.Markdown, "text/markdown; charset=utf-8")
                : Results.Text(PlainText(document), "text/plain; charset=utf-8");
        });

    /// <summary>The text with its title, attribution and headings, and nothing else added.</summary>
    public static string PlainText(Document document)
    {
        var text = new StringBuilder();
        text.Append(document.Title).Append("\n\n").Append(document.Author).Append(", ").Append(document.Date.Display).Append("\n\n");
        if (document is Paper paper)
        {
            foreach (var part in paper.Parts)
            {
                text.Append(part.Heading).Append("\n\n");
                foreach (var p in part.Introduction) text.Append(p.Text).Append("\n\n");
                foreach (var item in part.Items)
                    for (var i = 0; i < item.Paragraphs.Count; i++)
                        text.Append(i == 0 ? $"{item.Number}. " : "").Append(item.Paragraphs[i].Text).Append("\n\n");
                foreach (var p in part.Closing) text.Append(p.Text).Append("\n\n");
            }
        }
        else
        {
            string? heading = null;
            foreach (var p in document.Paragraphs)
            {
                if (p.SectionHeading is { } h && h != heading) text.Append(heading = h).Append("\n\n");
                text.Append(p.Text).Append("\n\n");
            }
        }
        return text.ToString().TrimEnd() + "\n";
    }
}
