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
    public string KindKey => Kind.ToString().ToLowerInvariant();
}
