using System.Globalization;
using System.Text.RegularExpressions;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Addresses;

public sealed partial class AddressBook
{
    // Lazy container, tried shortest first: "s2-s3" is a range on an item's page, not sentence 3 of "s2".
    [GeneratedRegex(@"^(?:(?<container>[a-z0-9]+?(?:-[a-z0-9]+?)*?)-)??s(?<first>[0-9]{1,4})(?:-s(?<last>[0-9]{1,4}))?$")]
    private static partial Regex SentenceFragmentPattern();

    [GeneratedRegex(@"^(?<first>(?:[a-z0-9]+-)*p[0-9]{1,4})-p(?<last>[0-9]{1,4})$")]
    private static partial Regex ParagraphRangePattern();

    // The finders take whatever a route gave: model binding hands over null for a blank segment.

    public PaperPart? FindPart(string? slug) => slug is null ? null : partsBySlug.GetValueOrDefault(slug);

    public PaperItem? FindItem(string? partSlug, int number) => FindPart(partSlug)?.FindItem(number);

    public PaperItem? FindItem(string? partSlug, string? number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? FindItem(partSlug, n) : null;

    public Commentary? FindCommentary(string? id) => id is null ? null : library.FindCommentary(id);

    public Document? FindDocument(string? id) => id is null ? null : library.FindDocument(id);

    /// <summary>
    /// What a page address and fragment name (<c>/paper/commitments/4</c> and <c>s2-s3</c>), or null when they name
    /// nothing. The path is matched exactly as the pages' routes are (lower case, no trailing slash).
    /// </summary>
    public Passage? Resolve(string path, string? fragment = null)
    {
        if (fragment is { Length: 0 }) fragment = null;
        var segments = path.Trim('/').Split('/');
        switch (segments)
        {
            case ["paper"]:
                return fragment is null ? Of(library.Paper) : ResolvePaperFragment(library.Paper.Parts, null, fragment);
            case ["paper", var slug] when FindPart(slug) is { } part:
                return fragment is null ? Of(part) : ResolvePaperFragment([part], null, fragment);
            case ["paper", var slug, var number] when FindItem(slug, number) is { } item:
                return fragment is null ? Of(item) : ResolvePaperFragment([item.Part], item, fragment);
            case ["commentaries", var id] when FindCommentary(id) is { } commentary:
                return fragment is null ? Of(commentary) : ResolveCommentaryFragment(commentary, fragment);
            default:
                return null;
        }
    }

    /// <summary>A full address with its fragment, as a reader pastes it (<c>/paper/commitments/4#s3</c>).</summary>
    public Passage? ResolveAddress(string address)
    {
        var hash = address.IndexOf('#');
        var query = address.IndexOf('?');
        var pathEnd = query >= 0 && (hash < 0 || query < hash) ? query : hash >= 0 ? hash : address.Length;
        return Resolve(address[..pathEnd], hash >= 0 ? Uri.UnescapeDataString(address[(hash + 1)..]) : null);
    }

    /// <summary>An embed path: a page address, with a fragment as its last segment (<c>paper/commitments/4/s3</c>).</summary>
    public Passage? ResolveEmbed(string path)
    {
        var trimmed = path.Trim('/');
        if (Resolve(trimmed) is { } whole) return whole;
        var slash = trimmed.LastIndexOf('/');
        return slash > 0 ? Resolve(trimmed[..slash], trimmed[(slash + 1)..]) : null;
    }

    /// <summary>
    /// Within the given parts (one, or the whole paper) and on an item's page when <paramref name="item"/> is set:
    /// a part slug, an item anchor, a paragraph anchor or range, or a sentence id or range.
    /// </summary>
    private Passage? ResolvePaperFragment(IReadOnlyList<PaperPart> parts, PaperItem? item, string fragment)
    {
        bool InScope(Paragraph p) => item is null ? parts.Contains(p.Part!) : p.Item == item;

        if (item is null && parts.Count > 1 && FindPart(fragment) is { } part) return Of(part);
        if (itemsByAnchor.GetValueOrDefault(fragment) is { } named && (item is null ? parts.Contains(named.Part) : named == item)) return Of(named);
        if (paperParagraphs.GetValueOrDefault(fragment) is { } paragraph && InScope(paragraph)) return OfParagraphs(paragraph, paragraph);

        if (ParagraphRangePattern().Match(fragment) is { Success: true } range
            && paperParagraphs.GetValueOrDefault(range.Groups["first"].Value) is { } first && InScope(first))
        {
            var lastAnchor = first.Anchor[..(first.Anchor.LastIndexOf('p') + 1)] + range.Groups["last"].Value;
            return paperParagraphs.GetValueOrDefault(lastAnchor) is { } last && Siblings(first).Contains(last) && last.Ordinal >= first.Ordinal
                ? OfParagraphs(first, last) : null;
        }

        if (SentenceFragmentPattern().Match(fragment) is not { Success: true } sentences) return null;
        var container = sentences.Groups["container"].Value;
        var (from, to) = Span(sentences);
        if (container.Length == 0)
            return item is not null && from >= 1 && to <= item.Sentences.Count() && from <= to ? OfSentences(item, from, to) : null;
        if (itemsByAnchor.GetValueOrDefault(container) is { } owner && (item is null ? parts.Contains(owner.Part) : owner == item))
            return from >= 1 && to <= owner.Sentences.Count() && from <= to ? OfSentences(owner, from, to) : null;
        if (paperParagraphs.GetValueOrDefault(container) is { Item: null } passage && InScope(passage))
            return from >= 1 && to <= passage.Sentences.Count && from <= to ? OfSentences(passage, from, to) : null;
        return null;
    }

    private Passage? ResolveCommentaryFragment(Commentary commentary, string fragment)
    {
        if (commentary.FindParagraph(fragment) is { } paragraph) return OfParagraphs(paragraph, paragraph);
        if (ParagraphRangePattern().Match(fragment) is { Success: true } range)
        {
            var first = commentary.FindParagraph(range.Groups["first"].Value);
            var last = commentary.FindParagraph($"p{range.Groups["last"].Value}");
            return first is not null && last is not null && last.Ordinal >= first.Ordinal ? OfParagraphs(first, last) : null;
        }
        if (SentenceFragmentPattern().Match(fragment) is not { Success: true } sentences
            || commentary.FindParagraph(sentences.Groups["container"].Value) is not { } holder) return null;
        var (from, to) = Span(sentences);
        return from >= 1 && to <= holder.Sentences.Count && from <= to ? OfSentences(holder, from, to) : null;
    }

    private static (int From, int To) Span(Match sentences)
    {
        var from = int.Parse(sentences.Groups["first"].Value, CultureInfo.InvariantCulture);
        var to = sentences.Groups["last"].Success ? int.Parse(sentences.Groups["last"].Value, CultureInfo.InvariantCulture) : from;
        return (from, to);
    }

    /// <summary>
    /// The sentence of a document that holds these words (compared as the quote check compares them), or null. For
    /// editorial pages that quote the texts: a quotation found by its words survives a renumbering of sentences.
    /// </summary>
    public static Passage? FindSentence(Document document, string words)
    {
        var wanted = string.Join(' ', Text.Words.Of(words).Select(w => w.Key));
        foreach (var paragraph in document.Paragraphs)
            foreach (var sentence in paragraph.Sentences)
                if ($" {string.Join(' ', Text.Words.Of(sentence.Text).Select(w => w.Key))} ".Contains($" {wanted} ", StringComparison.Ordinal))
                    return OfSentences(paragraph, sentence.Number, sentence.Number);
        return null;
    }
}
