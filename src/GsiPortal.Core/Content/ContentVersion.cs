using System.Security.Cryptography;
using System.Text;

namespace GsiPortal.Core.Content;

/// <summary>
/// What names an edition, and what names a cached page. An edition is the texts and the editors' apparatus: every
/// <c>*.md</c> file of the content folder (the texts, <c>changes.md</c>, <c>glossary.md</c>), hashed by name and
/// text, and the quote check's antonym list (<c>antonyms.yml</c>), after them: a verdict names its edition, and a
/// pinned re-check must use the list it was checked with (issue 23). The search terms (<c>search-terms.yml</c>) tune
/// search, not the texts, so a change to them gives no new edition; but it changes search answers and the pages that
/// mark searched words, so the cache version hashes them too. Earlier rules, kept as aliases of the edition they
/// belong to: the cache version (every id until e9ecb91da45f), and the texts alone (every id from then until the
/// antonyms joined the edition).
/// </summary>
public static class ContentVersion
{
    /// <summary>Hex digits an id keeps: 48 bits, unique among any number of editions a site will have.</summary>
    public const int Length = 12;

    /// <summary>
    /// The edition's id (the texts, then the antonyms), and the cache version: the texts with the search terms, the
    /// antonyms, the editors' link judgements (links.yml), subject index (subject-index.yml) and readers' questions
    /// (reader-questions.yml) after them, in the order ids were once issued by.
    /// </summary>
    public static (string Edition, string Cache) Of(IReadOnlyList<(string Name, string Markdown)> files, string? searchTerms, string? antonyms = null, string? links = null, string? subjects = null,
        string? questions = null)
    {
        var texts = new StringBuilder();
        foreach (var (name, markdown) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
            texts.Append(name).Append('\0').Append(markdown).Append('\0');
        var edition = antonyms is null ? Hash(texts) : Hash(new StringBuilder(texts.ToString()).Append(Quotes.Antonyms.FileName).Append('\0').Append(antonyms).Append('\0'));
        if (searchTerms is null && antonyms is null && links is null && subjects is null && questions is null) return (edition, edition);
        if (searchTerms is not null) texts.Append(SearchTerms.FileName).Append('\0').Append(searchTerms).Append('\0');
        if (antonyms is not null) texts.Append(Quotes.Antonyms.FileName).Append('\0').Append(antonyms).Append('\0');
        if (links is not null) texts.Append(CrossReferences.LinkJudgements.FileName).Append('\0').Append(links).Append('\0');
        // The editors' subject index changes search answers, not the texts: the cache's version, not the edition's.
        if (subjects is not null) texts.Append(Subjects.SubjectIndex.FileName).Append('\0').Append(subjects).Append('\0');
        // So do the readers' questions (reader-questions.yml).
        if (questions is not null) texts.Append(Questions.ReaderQuestions.FileName).Append('\0').Append(questions).Append('\0');
        return (edition, Hash(texts));
    }

    /// <summary>
    /// The id these files were issued under by the first rule (every <c>.md</c> file and the search terms, nothing
    /// else), or null where none was: that rule ended before the antonym list and the link judgements existed, so
    /// files with either were never named by it. Today's cache version, which hashes them too, is a key of the
    /// output cache, not an id anyone cited, and is no other name for an edition.
    /// </summary>
    public static string? OfFirstRule(IReadOnlyList<(string Name, string Markdown)> files, string? searchTerms, string? antonyms, string? links) =>
        antonyms is null && links is null ? Of(files, searchTerms).Cache : null;

    /// <summary>The id the same texts had under the rule before the antonyms were part of an edition: the texts alone.</summary>
    public static string OfTextsAlone(IReadOnlyList<(string Name, string Markdown)> files) => Of(files, null).Edition;

    /// <summary>
    /// The antonym list's short name (antonyms.yml): 8 hex digits of its SHA-256, shorter than an edition id so the two
    /// are not mistaken for each other; <c>none</c> without one.
    /// </summary>
    public static string OfSetting(string? text) =>
        text is null ? "none" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

    /// <summary>Whether a string has the shape of an id (12 lower-case hex digits); says nothing of whether it exists.</summary>
    public static bool IsWellFormed(string? id) => id is { Length: Length } && id.All(char.IsAsciiHexDigitLower);

    private static string Hash(StringBuilder text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..Length];
}
