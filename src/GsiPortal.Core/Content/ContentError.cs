namespace GsiPortal.Core.Content;

/// <summary>
/// A problem in a content file, with the file and the 1-based line it was found on. An <paramref name="Advisory"/>
/// problem is one of the editors' promises the text does not keep (a <c>[sic]</c> word the text lacks): it makes the
/// current edition refuse the content, but an archived edition, which is history, is served with it as a warning.
/// </summary>
public sealed record ContentError(string File, int Line, string Message, bool Advisory = false)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
