namespace GsiPortal.Core.Content;

/// <summary>
/// A commentary whose author a reader's words name, whole or in part: "what does dong chunling say" holds Dong
/// Chunling's name, "khokhar" is part of Ovais Ali Khokhar's (review 23, D13: a search for an author gave paragraphs and
/// never the commentary, its title, author and date). <see cref="ContentLibrary.CommentaryNamedBy"/> asks for the words
/// to be the name or title and nothing else; this asks only that they hold it, and says which: a part of a name is
/// not the name, and the page says "part of the name".
/// </summary>
/// <param name="Commentary">The one commentary whose author the words name.</param>
/// <param name="Whole">The words hold the author's full name, in order; else one or more parts of it.</param>
public sealed record AuthorNamed(Commentary Commentary, bool Whole)
{
    /// <summary>The commentary whose author the words name, or null: none, or the names of more than one.</summary>
    public static AuthorNamed? In(ContentLibrary library, string? words)
    {
        var asked = Words(words ?? "");
        if (asked.Length == 0) return null;
        var found = new List<AuthorNamed>();
        foreach (var commentary in library.Commentaries)
        {
            var name = Words(commentary.Author);
            if (name.Length == 0) continue;
            if (Holds(asked, name)) found.Add(new AuthorNamed(commentary, true));
            else if (name.Any(part => asked.Contains(part, StringComparer.Ordinal))) found.Add(new AuthorNamed(commentary, false));
        }
        return found.Count == 1 ? found[0] : null;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', '"', '“', '”', '\'', '‘', '’', ',', '.', '?', '!', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    private static bool Holds(string[] asked, string[] name)
    {
        for (var i = 0; i + name.Length <= asked.Length; i++)
            if (asked.AsSpan(i, name.Length).SequenceEqual(name)) return true;
        return false;
    }
}
