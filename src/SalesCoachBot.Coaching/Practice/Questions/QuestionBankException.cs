namespace SalesCoachBot.Coaching.Practice.Questions;

/// <summary>
/// The question content is broken. The message names the file and, when known, the item, so the
/// author can fix the JSON without a debugger.
/// </summary>
public sealed class QuestionBankException : Exception
{
    public QuestionBankException()
    {
    }

    public QuestionBankException(string message)
        : base(message)
    {
    }

    public QuestionBankException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public QuestionBankException(string fileName, string? itemId, string problem, Exception? innerException = null)
        : base(itemId is null ? $"{fileName}: {problem}" : $"{fileName}, item {itemId}: {problem}", innerException)
    {
        FileName = fileName;
        ItemId = itemId;
    }

    public string? FileName { get; }

    public string? ItemId { get; }
}
