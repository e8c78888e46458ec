namespace GsiPortal.Core.Publishing;

/// <summary>The paper sizes the PDF is laid out for: A4, and US Letter for readers who print on it.</summary>
public enum BookPaper
{
    A4,
    Letter,
}
