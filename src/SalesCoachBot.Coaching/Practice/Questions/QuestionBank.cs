using SalesCoachBot.Coaching.Method;


namespace SalesCoachBot.Coaching.Practice.Questions;

/// <summary>
/// The course's practice questions, validated as a whole when loaded: a broken item stops the bot
/// at start-up instead of confusing a learner later. Load it once and keep it (a singleton).
/// </summary>
public sealed class QuestionBank
{
    // Must match the LogicalName of the EmbeddedResource item in SalesCoachBot.Coaching.csproj.
    internal const string ResourcePrefix = "SalesCoachBot.Coaching.Practice.Questions.";

    private readonly Dictionary<string, Question> _byId;
    private readonly Dictionary<MethodologySection, IReadOnlyList<Question>> _bySection;

    private QuestionBank(IReadOnlyList<Question> all)
    {
        All = all;
        _byId = all.ToDictionary(question => question.Id, StringComparer.OrdinalIgnoreCase);
        _bySection = all
            .GroupBy(question => question.Section)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<Question>)[.. group]);
    }

    /// <summary>Every question, in file order and then item order.</summary>
    public IReadOnlyList<Question> All { get; }

    public Question? ById(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id.Trim());
    }

    public IReadOnlyList<Question> BySection(MethodologySection section) =>
        _bySection.TryGetValue(section, out var questions) ? questions : [];

    /// <summary>Loads the question files compiled into this assembly (Practice/Questions/*.json).</summary>
    public static QuestionBank LoadEmbedded()
    {
        var assembly = typeof(QuestionBank).Assembly;
        var resourceNames = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (resourceNames.Count == 0)
        {
            throw new QuestionBankException($"No question files are embedded under '{ResourcePrefix}'.");
        }

        var questions = new List<Question>();
        var firstFileById = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var resourceName in resourceNames)
        {
            var fileName = resourceName[ResourcePrefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resourceName)
                ?? throw new QuestionBankException(fileName, null, "the embedded resource cannot be opened");
            AddFile(questions, firstFileById, fileName, stream);
        }

        return new QuestionBank(questions);
    }

    /// <summary>
    /// Loads question files from streams, each named by its file name for error messages. The
    /// streams stay open; they belong to the caller.
    /// </summary>
    public static QuestionBank Load(IEnumerable<(string FileName, Stream Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);

        var questions = new List<Question>();
        var firstFileById = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (fileName, content) in files)
        {
            AddFile(questions, firstFileById, fileName, content);
        }

        if (questions.Count == 0)
        {
            throw new QuestionBankException("No question files were given.");
        }

        return new QuestionBank(questions);
    }

    private static void AddFile(
        List<Question> questions, Dictionary<string, string> firstFileById, string fileName, Stream content)
    {
        foreach (var question in QuestionFileReader.Read(fileName, content))
        {
            // Ids are what the learner's spaced-repetition history points at, so one id must mean
            // one question across all files.
            if (!firstFileById.TryAdd(question.Id, fileName))
            {
                throw new QuestionBankException(fileName, question.Id, $"duplicate id, already used in {firstFileById[question.Id]}");
            }

            questions.Add(question);
        }
    }
}
