using System.Text;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Rights;
using GsiPortal.Web.Api.OpenApi;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary>
/// Downloads of each text: <c>/download/{id}.md</c>, the edition's Markdown file as it is kept (front matter
/// included), and <c>/download/{id}.txt</c>, plain text followed by the rights statement. Both link to the
/// statement in a <c>Link: …; rel="license"</c> header.
/// </summary>
public static class Downloads
{
    public static void MapDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet(Routes.Download + "/{file}", Download).WithTags(ApiTags.Texts).WithName("Download").WithSummary("A text as Markdown (.md) or plain text (.txt).")
            .Produces<string>(StatusCodes.Status200OK, "text/markdown", "text/plain").ProducesProblem(StatusCodes.Status404NotFound);

    public static Results<ContentHttpResult, ProblemHttpResult> Download(string file, HttpContext context, Edition edition)
    {
        var dot = file.LastIndexOf('.');
        var document = dot > 0 ? edition.Addresses.FindDocument(file[..dot]) : null;
        var format = dot > 0 ? file[(dot + 1)..] : "";
        // A browser gets the reader's not-found page instead, which suggests the text meant at its download address (ReaderErrors).
        if (document is null || format is not ("md" or "txt")) return Problems.NotFound($"{Routes.Download}/{file}", Problems.TextHint(edition, $"{Routes.Download}/{file}"));
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
        PortalCors.AddLicenseLink(context);
        return format == "md"
            ? TypedResults.Text(document.Markdown, "text/markdown; charset=utf-8")
            : TypedResults.Text(PlainText(document), "text/plain; charset=utf-8");
    }

    /// <summary>The text with its title, attribution and headings, then the rights statement after a rule; nothing else added.</summary>
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
        text.Append("----\n\n").Append(ReuseStatement.Texts).Append('\n').Append(ReuseStatement.Apparatus).Append('\n');
        return text.ToString();
    }
}
