using GsiPortal.Core.Addresses;
using System.Text;
using System.Text.Encodings.Web;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Subjects;
using Microsoft.AspNetCore.Html;

namespace GsiPortal.Web.Pages.Subjects;

public class IndexModel(Edition edition) : PortalPage(edition)
{
    public void OnGet() =>
        Info = new PageInfo("Subject index — GsiPortal", "The editors' subject index of the Global Security Initiative Concept Paper and its commentaries: each subject, A–Z, with the passages that treat it.", Routes.Subjects, "subjects");

    /// <summary>
    /// A heading's references, as a book's index sets them: the paper's passages by their labels, then each commentary
    /// by its author and year with its paragraphs ("Ovais Ali Khokhar (2023) ¶10, ¶11"), groups apart by semicolons.
    /// Written in one piece, so that no line break of the page's source stands before a comma.
    /// </summary>
    public static IHtmlContent References(SubjectHeading heading)
    {
        var html = new StringBuilder();
        var encoder = HtmlEncoder.Default;
        foreach (var group in heading.ByDocument)
        {
            if (html.Length > 0) html.Append("; ");
            if (group.Key is not Core.Content.Paper) html.Append(encoder.Encode(group.Key.Attribution)).Append(' ');
            var first = true;
            foreach (var passage in group)
            {
                if (!first) html.Append(", ");
                first = false;
                var label = group.Key is Core.Content.Paper ? PaperLabel(passage) : ParagraphLabel(passage);
                html.Append("<a href=\"").Append(encoder.Encode(passage.Address)).Append("\" title=\"").Append(encoder.Encode(passage.Title)).Append("\">")
                    .Append(encoder.Encode(label)).Append("</a>");
            }
        }
        if (heading.SeeAlso.Count > 0)
        {
            // A book's index prints its cross-references after the references, in italics: "; see also counter-terrorism".
            html.Append("; <em>see also</em> ");
            html.AppendJoin(", ", heading.SeeAlso.Select(other =>
                $"<a class=\"see-also\" href=\"#{encoder.Encode(other.Anchor)}\">{encoder.Encode(other.Term)}</a>"));
        }
        return new HtmlString(html.ToString());
    }

    /// <summary>
    /// How the index names a passage of the paper, as a book's index names a page: an item by its label ("Priority 17"),
    /// a paragraph of a part by its place ("Part I: Background, ¶2"), the document's name left to the group it stands in.
    /// </summary>
    public static string PaperLabel(Passage passage) =>
        passage.Item is { } item ? item.Label
        : passage.Title.StartsWith(passage.Document.ShortTitle + ", ", StringComparison.Ordinal) ? passage.Title[(passage.Document.ShortTitle.Length + 2)..]
        : passage.Title;

    /// <summary>A commentary paragraph within its commentary's group: "¶11".</summary>
    public static string ParagraphLabel(Passage passage) => $"¶{passage.Paragraphs[0].Label}";
}
