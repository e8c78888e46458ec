using System.Globalization;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Citations;

/// <summary>Where a cited passage stands, as the styles write a pinpoint, and a stable key for BibTeX and CSL-JSON.</summary>
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

    /// <summary>"paper-commitment-4", "paper-commitment-4-s2", "lei-kezhong-p5", "chen-xiangyang".</summary>
    public static string Key(Passage passage)
    {
        var head = passage.Kind switch
        {
            PassageKind.Part => $"{passage.Document.Id}-{passage.Part!.Slug}",
            PassageKind.Item or PassageKind.Sentences when passage.Item is { } item => $"{passage.Document.Id}-{item.Anchor}",
            _ => passage.Document.Id,
        };
        return passage.Kind switch
        {
            PassageKind.Sentences when passage.Item is not null => $"{head}-{passage.Fragment}",
            PassageKind.Paragraphs or PassageKind.Sentences => $"{head}-{AddressBook.QualifiedFragment(passage)}",
            _ => head,
        };
    }

    private static string ItemPlace(PaperItem item) => $"pt. {item.Part.Numeral}, {item.Part.ItemNoun} {item.Number}";

    /// <summary>The item or part a run of paragraphs stands in; nothing for a commentary, whose paragraphs are numbered through.</summary>
    private static string? Container(Passage passage) => passage.Paragraphs[0] switch
    {
        { Item: { } item } => ItemPlace(item),
        { Part: { } part } => $"pt. {part.Numeral}",
        _ => null,
    };

    private static string Paragraphs(Passage passage)
    {
        var (first, last) = passage.ParagraphRange;
        return first == last ? $"para. {first.Label}" : $"paras. {first.Label}–{last.Label}";
    }

    private static string Sentences(Passage passage)
    {
        var (first, last) = passage.SentenceRange!.Value;
        return first == last ? $"sentence {N(first)}" : $"sentences {N(first)}–{N(last)}";
    }

    private static string Join(string? head, string tail) => head is null ? tail : $"{head}, {tail}";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
