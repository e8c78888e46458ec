using GsiPortal.Core.Content;

namespace GsiPortal.Core.References;

/// <summary>
/// What counts as a reference, read from the content: the paper's names (title, short title, <c>cited_as</c>), what its
/// parts' items are called, singular and plural ("commitment", "commitments"), and the commentaries' authors by full
/// name and by family name. A renamed part or a new commentary changes this, never the grammar.
/// </summary>
internal sealed class ReferenceVocabulary
{
    private readonly Dictionary<string, PaperPart> itemNouns = new(StringComparer.Ordinal);
    private readonly HashSet<string> paperNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Commentary> authors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PaperPart> partTitles = new(StringComparer.Ordinal);
    private readonly int longestName;

    public ReferenceVocabulary(ContentLibrary library)
    {
        var paper = library.Paper;
        foreach (var part in paper.Parts.Where(p => p.ItemNoun.Length > 0))
        {
            itemNouns.TryAdd(part.ItemNoun.ToLowerInvariant(), part);
            itemNouns.TryAdd(part.Slug.ToLowerInvariant(), part);
        }
        foreach (var part in paper.Parts)
            if (Words(part.Title) is { Length: > 0 } title) partTitles.TryAdd(title, part);
        foreach (var name in new[] { paper.Title, paper.ShortTitle }.Concat(paper.Meta.CitedAs))
            if (Words(name) is { Length: > 0 } words) paperNames.Add(words);

        var families = library.Commentaries.Where(c => !string.IsNullOrWhiteSpace(c.Meta.AuthorFamily))
            .GroupBy(c => Words(c.Meta.AuthorFamily!)).Where(g => g.Count() == 1 && g.Key.Length > 0);
        foreach (var family in families) authors.TryAdd(family.Key, family.Single());
        foreach (var commentary in library.Commentaries)
            if (Words(commentary.Author) is { Length: > 0 } full) authors.TryAdd(full, commentary);
        longestName = paperNames.Concat(authors.Keys).Concat(partTitles.Keys).Select(n => n.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    public PaperPart? ItemPart(Token token) => token.Kind == TokenKind.Word ? itemNouns.GetValueOrDefault(token.Lower) : null;

    /// <summary>True when <paramref name="token"/> is the plural ("commitments"), which a list or range follows.</summary>
    public static bool IsPlural(PaperPart part, Token token) => token.Lower == part.Slug.ToLowerInvariant() && token.Lower != part.ItemNoun.ToLowerInvariant();

    /// <summary>The end (exclusive) of the longest name of the paper starting at <paramref name="at"/>, or -1.</summary>
    public int PaperName(IReadOnlyList<Token> tokens, int at) => Longest(tokens, at, paperNames.Contains);

    /// <summary>The part whose title starts at <paramref name="at"/> ("Background", "Priorities of Cooperation"), and where the title ends.</summary>
    public (PaperPart Part, int End)? PartTitle(IReadOnlyList<Token> tokens, int at)
    {
        var end = Longest(tokens, at, partTitles.ContainsKey);
        return end < 0 ? null : (partTitles[Join(tokens, at, end)], end);
    }

    /// <summary>The commentary whose author's name starts at <paramref name="at"/>, and where the name ends.</summary>
    public (Commentary Commentary, int End)? Author(IReadOnlyList<Token> tokens, int at)
    {
        Commentary? found = null;
        var end = Longest(tokens, at, words => authors.TryGetValue(words, out found));
        return end < 0 ? null : (authors[Join(tokens, at, end)], end);
    }

    private int Longest(IReadOnlyList<Token> tokens, int at, Func<string, bool> known)
    {
        var best = -1;
        var words = "";
        for (var end = at; end < tokens.Count && end - at < longestName && tokens[end].Kind == TokenKind.Word && tokens[end].Lower != "'s"; end++)
        {
            words = end == at ? tokens[end].Lower : $"{words} {tokens[end].Lower}";
            if (known(words)) best = end + 1;
        }
        return best;
    }

    private static string Join(IReadOnlyList<Token> tokens, int from, int to) =>
        string.Join(' ', Enumerable.Range(from, to - from).Select(i => tokens[i].Lower));

    /// <summary>A name's words, lower case, without a leading article: "The Global Security Initiative Concept Paper" → "global security initiative concept paper".</summary>
    private static string Words(string name)
    {
        var words = ReferenceTokens.Of(name, CancellationToken.None).Where(t => t.Kind == TokenKind.Word).Select(t => t.Lower).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        return string.Join(' ', words);
    }
}
