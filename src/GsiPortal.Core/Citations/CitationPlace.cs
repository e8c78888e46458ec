using System.Globalization;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Citations;

/// <summary>Where a cited passage stands, as the styles write a pinpoint, and the work's stable key for BibTeX and CSL-JSON.</summary>
public static class CitationPlace
{
    /// <summary>"pt. II, commitment 4", "pt. II, commitment 4, sentences 2–3", "pt. III", "para. 5"; null for a whole document.</summary>
    public static string? Of(Passage passage) => passage.Kind switch
    {
        PassageKind.Document => null,
        PassageKind.Part => $"pt. {passage.Part!.Numeral}",
        PassageKind.Item => ItemPlace(passage.Item!),
        PassageKind.Paragraphs => Join(Container(passage), Paragraphs(passage)),
        _ => Join(passage.Item is { } item ? ItemPlace(item) : Join(Container(passage), Paragraphs(passage)), Sentences(passage)),
    };

    /// <summary>
    /// The pinpoint as CSL's cite locator and its label ("part" with "II, commitment 4, sentences 2–3"; "paragraph" with
    /// "5, sentence 2"), the form CSL processors take it in, so each style prints its own label ("pt.", "Part", "para.", "par.").
    /// </summary>
    public static CslLocator? Locator(Passage passage) => Of(passage) switch
    {
        null => null,
        var place when place.StartsWith("pt. ", StringComparison.Ordinal) => new CslLocator("part", place["pt. ".Length..]),
        var place when place.StartsWith("paras. ", StringComparison.Ordinal) => new CslLocator("paragraph", place["paras. ".Length..]),
        var place when place.StartsWith("para. ", StringComparison.Ordinal) => new CslLocator("paragraph", place["para. ".Length..]),
        var place => new CslLocator("section", place),
    };

    /// <summary>
    /// The work's key, the CSL item's id and the BibTeX key: "paper", "lei-kezhong" — the same for every pinpoint of one
    /// work, so that a processor or a .bib file given ¶4 and ¶7 of one article holds one work, not two ("Khokhar 2023a",
    /// "2023b": a reviewer's run of citeproc-js, review 20). The pinpoint is the cite's (CSL's locator, BibTeX's
    /// <c>\cite[para.~4]{…}</c>). The edition is not in it: ids and paragraph numbers never change between editions, so a
    /// pinpoint read in a later edition names the same place, and a key with the edition would split one article in two
    /// whenever the site's text moves on; the item's URL and note name the edition it was taken from.
    /// </summary>
    public static string Key(Passage passage) => passage.Document.Id;

    private static string ItemPlace(PaperItem item) => $"pt. {item.Part.Numeral}, {item.Part.ItemNoun} {item.Number}";

    /// <summary>
    /// The item or part a run of paragraphs stands in — with the section of a part whose items are its numbered
    /// paragraphs ("pt. III, introduction"), so that "pt. III, para. 2" always means priority 2; nothing for a commentary,
    /// whose paragraphs are numbered through.
    /// </summary>
    private static string? Container(Passage passage) => passage.Paragraphs[0] switch
    {
        { Item: { } item } => ItemPlace(item),
        { Part: { } part } p when part.PlaceOf(p).Section is { } section => $"pt. {part.Numeral}, {section}",
        { Part: { } part } => $"pt. {part.Numeral}",
        _ => null,
    };

    private static string? Paragraphs(Passage passage)
    {
        var (first, last) = passage.ParagraphRange;
        if (first.Item is null && first.Part is { } part && part.Items.Count > 0)
        {
            // Within the introduction or closing: numbered there, and not at all when it is one paragraph long.
            var (from, to) = (part.PlaceOf(first).Number, part.PlaceOf(last).Number);
            return from is null ? null : from == to ? $"para. {N(from.Value)}" : $"paras. {N(from.Value)}–{N(to!.Value)}";
        }
        return first == last ? $"para. {first.Label}" : $"paras. {first.Label}–{last.Label}";
    }

    private static string Sentences(Passage passage)
    {
        var (first, last) = passage.SentenceRange!.Value;
        return first == last ? $"sentence {N(first)}" : $"sentences {N(first)}–{N(last)}";
    }

    private static string Join(string? head, string? tail) => head is null ? tail! : tail is null ? head : $"{head}, {tail}";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A CSL cite locator: its label (a CSL locator term) and its value.</summary>
public sealed record CslLocator(string Label, string Value)
{
    /// <summary>Whether the value names more than one (a range or a list), so the label is plural.</summary>
    public bool Plural => Value.Contains('–', StringComparison.Ordinal) && !Value.Contains(',', StringComparison.Ordinal);

    /// <summary>As APA 7's CSL style labels it: "Part II, commitment 4", "para. 5", "paras. 4–6".</summary>
    public string Apa => Label switch { "part" => $"Part {Value}", "paragraph" => $"{(Plural ? "paras." : "para.")} {Value}", _ => $"Section {Value}" };

    /// <summary>
    /// As MLA 9 labels it: "pt. II, commitment 4", "par. 5", "pars. 4–6", and a paragraph of the paper the same way as a
    /// commentary's ("pt. I, par. 3", "pt. III, introduction, pars. 1–2"; MLA 9 abbreviates paragraph "par."), as
    /// citeproc-js prints the part's locator "I, para. 3" with modern-language-association.csl (CiteprocComparisonTests).
    /// </summary>
    public string Mla => Label switch { "part" => $"pt. {MlaWords(Value)}", "paragraph" => $"{(Plural ? "pars." : "par.")} {Value}", _ => $"sec. {MlaWords(Value)}" };

    private static string MlaWords(string value) =>
        value.Replace("paras. ", "pars. ", StringComparison.Ordinal).Replace("para. ", "par. ", StringComparison.Ordinal);
}
