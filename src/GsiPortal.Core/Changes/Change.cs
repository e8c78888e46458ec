namespace GsiPortal.Core.Changes;

/// <summary>What kind of change an entry records; the file spells them <c>added</c>, <c>corrected</c>, <c>annotated</c>.</summary>
public enum ChangeKind
{
    /// <summary>A text was added to the edition.</summary>
    Added,
    /// <summary>A text's words were corrected against its source (each change also listed in its editorial notes).</summary>
    Corrected,
    /// <summary>The editors' apparatus changed (labels, names, notes); the texts' own words did not.</summary>
    Annotated,
}

/// <summary>One dated change to the edition's texts, as the changelog in <c>content/changes.md</c> records it.</summary>
/// <param name="Id">A slug that never changes: the entry's anchor on /changes and part of its Atom id.</param>
/// <param name="Date">The day the change was made to the edition.</param>
/// <param name="Kind">Whether a text was added, corrected, or only the editors' apparatus changed.</param>
/// <param name="Texts">The ids of the documents it changed.</param>
/// <param name="Summary">The editors' words describing the change.</param>
public sealed record Change(string Id, DateOnly Date, ChangeKind Kind, IReadOnlyList<string> Texts, string Summary)
{
    /// <summary>The longest a title may be: a headline in a feed reader's list.</summary>
    public const int TitleMaxLength = 100;

    public string KindKey => Kind.ToString().ToLowerInvariant();

    /// <summary>What changed, in a line: the editors' title where the entry has one (<c>title:</c>); else null.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// For an entry recorded after its change was served (<c>edition:</c>), the edition that first had the change: it,
    /// not the edition that first listed the entry, is where the change is shown "as it was" and "as changed".
    /// </summary>
    public string? MadeIn { get; init; }

    /// <summary>What changed, in a line: the title, else the summary's first sentence (the changelog's own words either way).</summary>
    public string Headline => Title ?? FirstSentence(Summary);

    private static string FirstSentence(string text)
    {
        // A full stop closes a sentence where a capital or an opening quotation mark begins the next one.
        for (var i = 0; i < text.Length - 2; i++)
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || text[i + 2] is '"' or '“'))
                return text[..(i + 1)];
        return text;
    }
}
