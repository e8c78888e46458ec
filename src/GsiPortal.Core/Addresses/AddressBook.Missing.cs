using System.Globalization;
using System.Text.RegularExpressions;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Addresses;

public sealed partial class AddressBook
{
    /// <summary>
    /// Why a fragment names nothing on a page that exists, said as every surface that takes one says it (/cite's and
    /// /embed's <c>at=</c>, /embed's last segment, /oembed's and /api/passages' <c>#</c>): what the page has, and that the
    /// fragment names none of it — "Commitment 4: … has sentences s1 to s8; “s2-s9” names none of them." Null where the
    /// page itself names nothing, or the fragment names something: each surface says that its own way. One wording,
    /// since /cite said "names no item, part or commentary with the passage" where /embed said which sentences there are
    /// (a fresh-eyes review).
    /// </summary>
    public string? WhyNothingAt(string path, string? fragment) =>
        string.IsNullOrEmpty(fragment) || Resolve(path) is not { } page || Resolve(path, fragment) is not null ? null : WhyNothingIn(page, fragment);

    /// <summary>
    /// As <see cref="WhyNothingAt(string, string?)"/>, for an embed's path, whose last segment is the fragment and whose
    /// rest may itself name a paragraph (<c>commentaries/ovais-ali-khokhar/p4/s99</c>).
    /// </summary>
    public string? WhyNothingInEmbed(string path)
    {
        var trimmed = path.Trim('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 || ResolveEmbed(trimmed) is not null || ResolveEmbed(trimmed[..slash]) is not { } page ? null : WhyNothingIn(page, trimmed[(slash + 1)..]);
    }

    private string WhyNothingIn(Passage page, string fragment)
    {
        var named = Backwards(page, fragment) is { } forwards
            ? $"“{fragment}” runs backwards: a range is written from its first sentence to its last, “{forwards}”."
            : $"“{fragment}” names none of them.";
        // Sentences: an item's, numbered through it, or a paragraph's, named from its own address (s9); or those of the
        // item or the one paragraph the fragment names before them (commitment-4-s9 on the part's page, p5-s9).
        var ofParagraphs = fragment.StartsWith('p') || fragment.Contains("-p", StringComparison.Ordinal);
        if (page.Kind == PassageKind.Item && !ofParagraphs) return $"{page.Title} has {Sentences([.. page.Item!.Sentences])}; {named}";
        if (page is { Kind: PassageKind.Paragraphs, Paragraphs: [var paragraph] } && !ofParagraphs) return $"{page.Title} has {Sentences(paragraph.Sentences)}; {named}";
        if (HolderIn(page, fragment) is { } holder)
            return $"{holder.Title} has {Sentences(holder.Kind == PassageKind.Item ? [.. holder.Item!.Sentences] : holder.Paragraphs[0].Sentences)}; {named}";
        // Paragraphs: a commentary's or an item's, by the ids its page gives them.
        return page is { Kind: PassageKind.Item } or { Kind: PassageKind.Document, Document: Content.Commentary }
            ? $"{page.Title} has {Paragraphs(page.Paragraphs)}; {named}"
            : $"{page.Title} has no passage “{fragment}”: a fragment names a paragraph or sentences of the page, as its own ids give them.";
    }

    /// <summary>
    /// A range of sentences written last first (<c>s7-s5</c>, <c>p5-s3-s1</c>) whose ends the page has: the range written
    /// forwards, which the reason offers. Refused rather than read forwards, as every surface refuses it: a citation that
    /// swaps its ends was mistyped, and which of its numbers is the slip only its writer knows.
    /// </summary>
    private string? Backwards(Passage page, string fragment)
    {
        var match = Regex.Match(fragment, @"^(?<holder>.*?)s(?<first>[0-9]{1,4})-s(?<last>[0-9]{1,4})$", RegexOptions.CultureInvariant);
        if (!match.Success) return null;
        int first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture), last = int.Parse(match.Groups["last"].Value, CultureInfo.InvariantCulture);
        if (last >= first) return null;
        var forwards = $"{match.Groups["holder"].Value}s{last}-s{first}";
        return Resolve(page.Page, forwards) is not null ? forwards : null;
    }

    /// <summary>As <see cref="WhyNothingAt(string, string?)"/>, for a whole address as a reader pastes it (<c>/paper/commitments/4#s9</c>).</summary>
    public string? WhyNothingAtAddress(string address)
    {
        var hash = address.IndexOf('#');
        if (hash < 0) return null;
        var query = address.IndexOf('?');
        return WhyNothingAt(address[..(query >= 0 && query < hash ? query : hash)], Uri.UnescapeDataString(address[(hash + 1)..]));
    }

    private static string Paragraphs(IReadOnlyList<Paragraph> paragraphs) => paragraphs switch
    {
        [] => "no paragraphs",
        [var one] => $"one paragraph, {Fragment(one)}",
        [var first, .., var last] => $"paragraphs {Fragment(first)} to {Fragment(last)}",
    };

    private static string Sentences(IReadOnlyList<Sentence> sentences) => sentences switch
    {
        [] => "no sentences",
        [var one] => $"one sentence, s{one.Number}",
        [var first, .., var last] => $"sentences s{first.Number} to s{last.Number}",
    };

    /// <summary>The item or the one paragraph a fragment names before its sentences (<c>p5</c> of <c>p5-s9</c>), when the page has it.</summary>
    private Passage? HolderIn(Passage page, string fragment)
    {
        var at = fragment.IndexOf("-s", StringComparison.Ordinal);
        if (at <= 0) return null;
        return Resolve(page.Page, fragment[..at]) is { } holder && holder is { Kind: PassageKind.Item } or { Kind: PassageKind.Paragraphs, Paragraphs: [_] } ? holder : null;
    }
}
