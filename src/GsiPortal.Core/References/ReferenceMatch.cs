using GsiPortal.Core.Addresses;

namespace GsiPortal.Core.References;

/// <summary>
/// What the grammar read at one place: the tokens it took (<see cref="Start"/> to <see cref="End"/>, exclusive), and the
/// places they name — or, when they are written as a reference but name nothing, the reason.
/// </summary>
internal sealed record ReferenceMatch(int Start, int End, IReadOnlyList<Locator> Locators, string? Reason);

/// <summary>One reference found in a text: its characters, the places it names, each resolved.</summary>
public sealed record FoundReference(int Start, int Length, string Text, IReadOnlyList<Passage> Passages);

/// <summary>Words written as a reference that name nothing in the texts ("GSI II.9"), with the reason.</summary>
public sealed record UnresolvedReference(int Start, int Length, string Text, string Reason);

/// <summary>Every reference in a text; <see cref="Complete"/> is false when the time budget ran out before the end.</summary>
public sealed record ReferencesInText(IReadOnlyList<FoundReference> Found, IReadOnlyList<UnresolvedReference> Unresolved, bool Complete);

/// <summary>A reference read whole: the passages it names, or why it names none.</summary>
public sealed record ReferenceReading(IReadOnlyList<Passage> Passages, string? Reason)
{
    public bool Names => Passages.Count > 0;
}
