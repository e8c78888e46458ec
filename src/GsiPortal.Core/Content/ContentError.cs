namespace GsiPortal.Core.Content;

/// <summary>A problem in a content file, with the file and the 1-based line it was found on.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
