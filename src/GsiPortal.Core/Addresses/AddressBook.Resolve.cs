using System.Globalization;
using System.Text.RegularExpressions;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Addresses;

public sealed partial class AddressBook
{
    /// <summary>What follows a container in a fragment: <c>p5</c>, <c>p4-p6</c>, <c>p2.1-s3</c>, <c>s2-s3</c>.</summary>
    [GeneratedRegex(@"^(?:p(?<p>[0-9]{1,4}(?:\.[0-9]{1,4}){0,3}[a-z]?)(?:-p(?<q>[0-9]{1,4}(?:\.[0-9]{1,4}){0,3}[a-z]?))?(?:-s(?<s>[0-9]{1,4})(?:-s(?<t>[0-9]{1,4}))?)?|s(?<s>[0-9]{1,4})(?:-s(?<t>[0-9]{1,4}))?)$")]
    private static partial Regex FragmentTail();

    [GeneratedRegex(@"^(?<n>[0-9]{1,3})(?:-(?<tail>.+))?$")]
    private static partial Regex ItemTail();

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
        var page = segments switch
        {
            ["paper"] => new Locator(library.Paper.Id),
            ["paper", var slug] when FindPart(slug) is { } part => new Locator(library.Paper.Id, part.Slug),
            ["paper", var slug, var number] when FindItem(slug, number) is { } item => item.Locator,
            ["commentaries", var id] when FindCommentary(id) is { } commentary => new Locator(commentary.Id),
            _ => null,
        };
        if (page is null) return null;
        if (fragment is null) return Resolve(page);
        return FragmentOn(page, fragment) is { } at ? Resolve(at) : null;
    }

    /// <summary>
    /// The place a fragment names on a page: on the whole paper any of its places, on a part's page that part's, on an
    /// item's page that item's (and the short <c>s3</c>), on a commentary's page its paragraphs and sentences.
    /// </summary>
    private Locator? FragmentOn(Locator page, string fragment)
    {
        if (page.Document != library.Paper.Id) return Tail(page, fragment);
        if (page.Item is not null && fragment.StartsWith('s') && Tail(page, fragment) is { } onItemPage) return onItemPage;
        if (PaperFragment(fragment) is not { } at) return null;
        if (page.Part is null) return at;
        if (at.Part != page.Part) return null;
        if (page.Item is { } item) return at.Item == item ? at : null;
        return at.Item is null && at.Paragraph is null ? null : at; // a part's page answers its items and passages, not its own slug
    }

    /// <summary>
    /// Whether a fragment is written as one (<c>s2-s3</c>, <c>p4</c>, <c>p2.1-s3</c>, or a part's slug or item noun of the
    /// paper first: <c>priority-5-s2</c>), whether or not the page holds what it names: <c>/cite/…?at=zz</c> is a malformed
    /// pinpoint, answered 400 with the forms, where <c>at=s99</c> names nothing there, answered 404 (review 21, D8).
    /// </summary>
    public bool IsWellFormedFragment(string fragment)
    {
        if (FragmentTail().IsMatch(fragment)) return true;
        foreach (var part in library.Paper.Parts)
        {
            if (fragment == part.Slug || fragment.StartsWith(part.Slug + "-", StringComparison.Ordinal)) return true;
            if (part.ItemNoun.Length > 0 && fragment.StartsWith(part.ItemNoun + "-", StringComparison.Ordinal) && ItemTail().IsMatch(fragment[(part.ItemNoun.Length + 1)..])) return true;
        }
        return false;
    }

    /// <summary>A fragment of the paper read whole: a part slug, an item anchor, or either followed by paragraphs and sentences.</summary>
    private Locator? PaperFragment(string fragment)
    {
        var paper = library.Paper;
        foreach (var part in paper.Parts)
        {
            if (fragment == part.Slug) return new Locator(paper.Id, part.Slug);
            if (part.ItemNoun.Length > 0 && fragment.StartsWith(part.ItemNoun + "-", StringComparison.Ordinal)
                && ItemTail().Match(fragment[(part.ItemNoun.Length + 1)..]) is { Success: true } item)
            {
                var at = new Locator(paper.Id, part.Slug, int.Parse(item.Groups["n"].Value, CultureInfo.InvariantCulture));
                return item.Groups["tail"].Success ? Tail(at, item.Groups["tail"].Value) : at;
            }
            if (fragment.StartsWith(part.Slug + "-", StringComparison.Ordinal)) return Tail(new Locator(paper.Id, part.Slug), fragment[(part.Slug.Length + 1)..]);
        }
        return null;
    }

    /// <summary>Paragraphs and sentences after a container. Sentences of an item are numbered through it, so they take no paragraph.</summary>
    private static Locator? Tail(Locator container, string tail)
    {
        if (FragmentTail().Match(tail) is not { Success: true } m) return null;
        var inItem = container.Item is not null;
        var at = container;
        if (m.Groups["p"].Success)
        {
            if (inItem && m.Groups["s"].Success) return null;
            if (m.Groups["q"].Success && m.Groups["s"].Success) return null;
            at = at with { Paragraph = m.Groups["p"].Value };
            if (m.Groups["q"].Success) at = at.ToParagraph(m.Groups["q"].Value);
        }
        else if (!inItem) return null; // a bare "s2" means something only on an item's page
        if (m.Groups["s"].Success)
        {
            var first = int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture);
            var last = m.Groups["t"].Success ? int.Parse(m.Groups["t"].Value, CultureInfo.InvariantCulture) : first;
            at = at with { Sentence = first, LastSentence = m.Groups["t"].Success ? last : null };
        }
        return at;
    }

    /// <summary>What a locator names, through the one dictionary of paragraphs; null when the texts hold no such place.</summary>
    public Passage? Resolve(Locator at)
    {
        if (FindDocument(at.Document) is not { } document) return null;
        var lastSentence = at.LastSentence ?? at.Sentence;
        if (at.Paragraph is { } label)
        {
            if (!paragraphs.TryGetValue(new Locator(at.Document, at.Part, at.Item, label), out var first)) return null;
            var last = first;
            if (at.LastParagraph is { } end && !paragraphs.TryGetValue(new Locator(at.Document, at.Part, at.Item, end), out last)) return null;
            if (at.Sentence is { } s)
                return last == first && first.Item is null && s >= 1 && lastSentence <= first.Sentences.Count && s <= lastSentence
                    ? OfSentences(first, s, lastSentence!.Value) : null;
            var siblings = Siblings(first);
            return IndexIn(siblings, last) >= IndexIn(siblings, first) ? OfParagraphs(first, last) : null;
        }
        if (at.LastParagraph is not null) return null;
        if (at.Part is null) return at.Item is null && at.Sentence is null ? Of(document) : null;
        if (document is not Paper || FindPart(at.Part) is not { } part) return null;
        if (at.Item is null) return at.Sentence is null ? Of(part) : null;
        if (part.FindItem(at.Item.Value) is not { } item) return null;
        if (at.Sentence is not { } from) return Of(item);
        return from >= 1 && lastSentence <= item.Sentences.Count() && from <= lastSentence ? OfSentences(item, from, lastSentence!.Value) : null;
    }

    /// <summary>
    /// As <see cref="Resolve(Locator)"/>, kept by the locator: a search result's locator is its unit's own, resolved again
    /// for every search that shows it (<see cref="GsiPortal.Core.Search.ResultAddress"/>). Kept with the locator object, so no more are
    /// kept than are alive; a passage is never changed once made.
    /// </summary>
    internal Passage? ResolveKept(Locator at)
    {
        if (resolved.TryGetValue(at, out var kept)) return kept.Passage;
        kept = new Resolved(Resolve(at));
        return resolved.GetValue(at, _ => kept).Passage;
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Locator, Resolved> resolved = new();

    /// <summary>A locator's passage, or none (<see cref="ResolveKept"/>).</summary>
    private sealed record Resolved(Passage? Passage);

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
