using System.Globalization;
using GsiPortal.Core.CrossReferences;

namespace GsiPortal.Web.Pages.Shared;

/// <summary>
/// What a discussion link means, said in words: readers never see a bare similarity; the number is kept for the
/// title attribute (on hover) and the JSON.
/// </summary>
public static class DiscussionWords
{
    /// <summary>
    /// "discusses this commitment at length (“…”)", "discusses it (“…”)", "mentions it (“…”)" — said of the commentary
    /// paragraph, with the words the link rests on (<see cref="Discussion.Words"/>) and, for a term named inside a
    /// restatement of another item, which: a reader sees what backs each link.
    /// </summary>
    public static string Of(Discussion d, string itemNoun) => (d.Strength switch
    {
        DiscussionStrength.Strong => $"discusses this {itemNoun} at length",
        DiscussionStrength.Moderate => "discusses it",
        _ => "mentions it",
    }) + Quoted(d) + (d.Restating is { } restated ? $", in its restatement of {restated.Label}" : "");

    /// <summary>The words a link rests on, quoted as the commentary writes them (“outer space”, “hotspot issues”), after a space; empty for an editors' judgement no computation made.</summary>
    public static string Quoted(Discussion d) => d.Words.Count == 0 ? "" : $" (“{string.Join("”, “", d.Words)}”)";

    /// <summary>
    /// The heading an item page lists a discussion under: "Discussed at length", "Discussed", "Mentioned", or
    /// "Mentioned as “common security”" where a name or key term of the item is what links them.
    /// </summary>
    public static string Group(Discussion d) => d.Strength switch
    {
        DiscussionStrength.Strong => "Discussed at length",
        DiscussionStrength.Moderate => "Discussed",
        _ => d.Name is { } name ? $"Mentioned as “{name}”" : "Mentioned",
    };

    /// <summary>The verb for a commentary page, before the item's label: "discusses … at length", "discusses", "mentions".</summary>
    public static (string Before, string After) Verb(Discussion d) => d.Strength switch
    {
        DiscussionStrength.Strong => ("discusses", " at length"),
        DiscussionStrength.Moderate => ("discusses", ""),
        _ => ("mentions", ""),
    };

    /// <summary>The number behind the words, for a title attribute.</summary>
    public static string Title(Discussion d) =>
        d.EditorsNote is { } why ? $"the editors’ judgement: {why}"
        : d.Name is { } name && d.Similarity < CrossReferenceMap.MinMention ? $"uses “{name}”, a name or key term of this item"
        : Likeness(d.Similarity) + (d.OneSentence ? ", in one sentence" : ", over the whole paragraph");

    /// <summary>
    /// The measure said with its scale: "how alike their words are: 0.18 of 1". A bare "word similarity 0.18" told a
    /// reader neither what was compared nor what 0.18 is out of (a reviewer's reading of the coverage page).
    /// </summary>
    public static string Likeness(double similarity) =>
        $"how alike their words are: {similarity.ToString("0.00", CultureInfo.InvariantCulture)} of 1";
}
