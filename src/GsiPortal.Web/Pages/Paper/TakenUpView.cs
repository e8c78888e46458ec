using System.Net;
using System.Text;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.CrossReferences;
using GsiPortal.Core.Reading;

namespace GsiPortal.Web.Pages.Paper;

/// <summary>
/// The line under a passage of a part's page that names the commentary paragraphs taking it up — "Discussed by
/// Khokhar ¶9 · mentioned by Dong ¶11 ¶17 · compare" — as Sefaria counts a verse's connections beside it and
/// legislation.gov.uk sets a section's annotations under it: on a phone the commentators' passages stand at the foot
/// of a long part, and nothing at priority 11 said that Khokhar takes it up. Each paragraph once, under its strength
/// as the coverage table judges it (the same <see cref="PassageLink"/>s), grouped by how, then by commentary, oldest
/// first.
/// </summary>
public sealed record TakenUpView(ReadingStop Stop, IReadOnlyList<TakenUpGroup> Groups, string? CompareAddress)
{
    public bool IsEmpty => Groups.Count == 0;

    /// <summary>The line for one stop of the paper (an item, Part I, an introduction or a closing passage); <paramref name="compareAddress"/> where it has a compare page.</summary>
    public static TakenUpView For(CrossReferenceMap map, ReadingStop stop, string? compareAddress)
    {
        var links = map.AllCoverage.FirstOrDefault(row => row.Stop == stop)?.Cells.SelectMany(c => c.Passages) ?? [];
        var groups = links.GroupBy(l => How(l.Strength)).OrderByDescending(g => g.Key)
            .Select(g => new TakenUpGroup(Verb(g.Key), [.. g.GroupBy(l => l.Source)
                .OrderBy(c => c.Key.Date.Earliest).ThenBy(c => c.Key.Author, StringComparer.Ordinal)
                .Select(c => new TakenUpBy(c.Key, [.. c.Select(l => l.Commentary).Distinct().OrderBy(p => p.Ordinal)]))]))
            .ToList();
        return new TakenUpView(stop, groups, groups.Count > 0 ? compareAddress : null);
    }

    /// <summary>Three groups a reader tells apart at a glance: a discussion (at length or not, by wording or by subject), a few shared words, a mention.</summary>
    private static int How(PassageStrength strength) => strength switch
    {
        PassageStrength.DiscussedAtLength or PassageStrength.Discussed => 2,
        PassageStrength.SharesWording => 1,
        _ => 0,
    };

    /// <summary>
    /// The line's contents after its lead, as HTML: "discussed by Khokhar ¶9; mentioned by Dong ¶11 ¶17 · compare",
    /// each paragraph a link to it in its commentary. A paragraph after a commentary's first is "¶17" to the eye and
    /// "Dong ¶17" to a screen reader; "compare" is "compare the commentaries on Priority 11". Built here, not in Razor,
    /// so that no white space stands before a comma.
    /// </summary>
    public string Html()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        for (var g = 0; g < Groups.Count; g++)
        {
            html.Append(g > 0 ? "; " : "").Append(Groups[g].Verb);
            for (var c = 0; c < Groups[g].Commentaries.Count; c++)
            {
                var by = Groups[g].Commentaries[c];
                html.Append(c > 0 ? "," : "");
                for (var i = 0; i < by.Paragraphs.Count; i++)
                    html.Append($" <a href=\"{E(AddressBook.Paragraph(by.Paragraphs[i]))}\">")
                        .Append(i == 0 ? $"{E(by.Name)} " : $"<span class=\"visually-hidden\">{E(by.Name)} </span>")
                        .Append($"¶{E(by.Paragraphs[i].Label)}</a>");
            }
        }
        if (CompareAddress is { } compare)
            html.Append($" · <a href=\"{E(compare)}\">compare<span class=\"visually-hidden\"> the commentaries on {E(Stop.Label)}</span></a>");
        return html.ToString();
    }

    private static string Verb(int how) => how switch { 2 => "discussed by", 1 => "shares wording with", _ => "mentioned by" };
}

/// <summary>One way of taking the passage up ("discussed by") and the commentaries' paragraphs that do.</summary>
public sealed record TakenUpGroup(string Verb, IReadOnlyList<TakenUpBy> Commentaries);

/// <summary>One commentary's paragraphs in a group, named by the author's family name as a reference line names them ("Khokhar ¶9").</summary>
public sealed record TakenUpBy(Commentary Commentary, IReadOnlyList<Paragraph> Paragraphs)
{
    public string Name => Commentary.Meta.AuthorFamily ?? Commentary.Author;
}
