using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesCoachBot.Coaching.Method;

namespace SalesCoachBot.Coaching.Practice.Questions;

/// <summary>
/// Reads one question file and validates every item in it. The JSON is walked by hand rather than
/// deserialized so that each rule can fail with a message that names the file, the item and the
/// field: content authors are course people, not debugger users.
/// </summary>
internal static partial class QuestionFileReader
{
    // The seeds the course ships with (../shared/seeds): a reference to anything else cannot be
    // checked by a trainer.
    private static readonly string[] KnownSeeds = ["000", "001", "002", "003", "004"];

    private static readonly string[] RootProperties = ["questions"];
    private static readonly string[] ItemProperties =
        ["id", "kind", "selection", "difficulty", "topics", "ref", "case", "prompt", "options", "answer", "explanation"];
    private static readonly string[] ReferenceProperties = ["seed", "part", "section"];
    private static readonly string[] OptionProperties = ["key", "text"];
    private static readonly string[] LocalizedProperties = ["zh-CN", "en-US"];

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    public static IReadOnlyList<Question> Read(string fileName, Stream content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new QuestionBankException(fileName, null, $"not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new QuestionBankException(fileName, null, "the file must be a JSON object with a 'questions' array");
            }

            RejectUnknown(root, RootProperties, fileName, null, "the file");
            if (!root.TryGetProperty("questions", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new QuestionBankException(fileName, null, "'questions' must be an array");
            }

            if (items.GetArrayLength() == 0)
            {
                throw new QuestionBankException(fileName, null, "'questions' is empty");
            }

            var questions = new List<Question>();
            var position = 0;
            foreach (var item in items.EnumerateArray())
            {
                position++;
                questions.Add(ReadItem(item, fileName, position));
            }

            return questions;
        }
    }

    private static Question ReadItem(JsonElement item, string fileName, int position)
    {
        // Until the id is known the item is named by its position, which is still findable.
        var label = $"#{position.ToString(CultureInfo.InvariantCulture)}";
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new QuestionBankException(fileName, label, "an item must be a JSON object");
        }

        var id = RequireString(item, "id", fileName, label);
        if (!IdPattern().IsMatch(id))
        {
            throw new QuestionBankException(fileName, label, $"id '{id}' must look like 'dc-001' (lower-case letters, a dash, three digits)");
        }

        RejectUnknown(item, ItemProperties, fileName, id, "an item");

        var kind = ReadKind(RequireString(item, "kind", fileName, id), fileName, id);
        var selection = ReadSelection(item, kind, fileName, id);
        var difficulty = ReadDifficulty(item, fileName, id);
        var topics = ReadTopics(item, fileName, id);
        var reference = ReadReference(item, fileName, id);

        LocalizedText? caseStem = null;
        if (item.TryGetProperty("case", out var caseElement))
        {
            if (kind != QuestionKind.Scenario)
            {
                throw new QuestionBankException(fileName, id, "only a scenario item has a 'case'; make it kind 'scenario' or drop the case");
            }

            caseStem = ReadLocalized(caseElement, "case", fileName, id);
        }
        else if (kind == QuestionKind.Scenario)
        {
            throw new QuestionBankException(fileName, id, "a scenario item needs a 'case' (the case stem)");
        }

        var prompt = ReadLocalized(RequireProperty(item, "prompt", fileName, id), "prompt", fileName, id);
        var options = ReadOptions(item, fileName, id);
        var answer = ReadAnswer(item, options, selection, fileName, id);
        var explanation = ReadLocalized(RequireProperty(item, "explanation", fileName, id), "explanation", fileName, id);

        return new Question(id, kind, selection, difficulty, reference, caseStem, prompt, options, answer, explanation)
        {
            Topics = topics,
        };
    }

    private static QuestionKind ReadKind(string value, string fileName, string id) => value switch
    {
        "single" => QuestionKind.SingleChoice,
        "multiple" => QuestionKind.MultipleChoice,
        "scenario" => QuestionKind.Scenario,
        _ => throw new QuestionBankException(fileName, id, $"kind '{value}' is not one of single, multiple, scenario"),
    };

    private static AnswerSelection ReadSelection(JsonElement item, QuestionKind kind, string fileName, string id)
    {
        AnswerSelection? declared = null;
        if (item.TryGetProperty("selection", out var element))
        {
            var value = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
            declared = value switch
            {
                "one" => AnswerSelection.One,
                "many" => AnswerSelection.Many,
                _ => throw new QuestionBankException(fileName, id, "selection must be 'one' or 'many'"),
            };
        }

        // Single and multiple imply their selection; only a scenario has to say which it is.
        return kind switch
        {
            QuestionKind.SingleChoice when declared is null or AnswerSelection.One => AnswerSelection.One,
            QuestionKind.MultipleChoice when declared is null or AnswerSelection.Many => AnswerSelection.Many,
            QuestionKind.Scenario when declared is not null => declared.Value,
            QuestionKind.Scenario => throw new QuestionBankException(fileName, id, "a scenario item must say its selection: 'one' or 'many'"),
            _ => throw new QuestionBankException(fileName, id, $"selection '{declared}' contradicts kind '{kind}'"),
        };
    }

    private static int ReadDifficulty(JsonElement item, string fileName, string id)
    {
        var element = RequireProperty(item, "difficulty", fileName, id);
        if (element.ValueKind != JsonValueKind.Number
            || !element.TryGetInt32(out var difficulty)
            || difficulty is < Question.MinDifficulty or > Question.MaxDifficulty)
        {
            throw new QuestionBankException(fileName, id, $"difficulty must be a whole number from {Question.MinDifficulty} to {Question.MaxDifficulty}");
        }

        return difficulty;
    }

    // Optional. When present it must say something: a non-empty array of distinct kebab-case tags.
    private static List<string> ReadTopics(JsonElement item, string fileName, string id)
    {
        if (!item.TryGetProperty("topics", out var element))
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            throw new QuestionBankException(fileName, id, "'topics' must be a non-empty array of tags; drop it if the item has none");
        }

        var topics = new List<string>();
        foreach (var topicElement in element.EnumerateArray())
        {
            var topic = topicElement.ValueKind == JsonValueKind.String ? topicElement.GetString() ?? string.Empty : string.Empty;
            if (!TopicPattern().IsMatch(topic))
            {
                throw new QuestionBankException(fileName, id, $"topic '{topic}' must be kebab-case, like 'trust-types'");
            }

            if (topics.Contains(topic, StringComparer.Ordinal))
            {
                throw new QuestionBankException(fileName, id, $"topic '{topic}' is listed twice");
            }

            topics.Add(topic);
        }

        return topics;
    }

    private static CourseReference ReadReference(JsonElement item, string fileName, string id)
    {
        var element = RequireProperty(item, "ref", fileName, id);
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new QuestionBankException(fileName, id, "'ref' must be an object with seed, part and section");
        }

        RejectUnknown(element, ReferenceProperties, fileName, id, "'ref'");
        var seed = RequireString(element, "seed", fileName, id);
        if (!KnownSeeds.Contains(seed, StringComparer.Ordinal))
        {
            throw new QuestionBankException(fileName, id, $"course reference seed '{seed}' is not one of {string.Join(", ", KnownSeeds)}");
        }

        var part = RequireString(element, "part", fileName, id);
        var sectionElement = RequireProperty(element, "section", fileName, id);
        if (sectionElement.ValueKind != JsonValueKind.Number
            || !sectionElement.TryGetInt32(out var section)
            || !Enum.IsDefined((MethodologySection)section))
        {
            throw new QuestionBankException(fileName, id, "course reference section must be a METHODOLOGY section from 1 to 9");
        }

        return new CourseReference(seed, part, (MethodologySection)section);
    }

    private static List<QuestionOption> ReadOptions(JsonElement item, string fileName, string id)
    {
        var element = RequireProperty(item, "options", fileName, id);
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() < 2)
        {
            throw new QuestionBankException(fileName, id, "'options' must be an array of at least 2 options");
        }

        var options = new List<QuestionOption>();
        foreach (var optionElement in element.EnumerateArray())
        {
            if (optionElement.ValueKind != JsonValueKind.Object)
            {
                throw new QuestionBankException(fileName, id, "an option must be an object with key and text");
            }

            RejectUnknown(optionElement, OptionProperties, fileName, id, "an option");
            var key = RequireString(optionElement, "key", fileName, id);
            if (!OptionKeyPattern().IsMatch(key))
            {
                throw new QuestionBankException(fileName, id, $"option key '{key}' must be one lower-case letter");
            }

            if (options.Exists(option => option.Key == key))
            {
                throw new QuestionBankException(fileName, id, $"option key '{key}' is used twice");
            }

            var text = ReadLocalized(RequireProperty(optionElement, "text", fileName, id), $"option '{key}'", fileName, id);
            options.Add(new QuestionOption(key, text));
        }

        return options;
    }

    private static List<string> ReadAnswer(
        JsonElement item, List<QuestionOption> options, AnswerSelection selection, string fileName, string id)
    {
        var element = RequireProperty(item, "answer", fileName, id);
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new QuestionBankException(fileName, id, "'answer' must be an array of option keys");
        }

        var answer = new List<string>();
        foreach (var keyElement in element.EnumerateArray())
        {
            var key = keyElement.ValueKind == JsonValueKind.String ? keyElement.GetString() ?? string.Empty : string.Empty;
            if (!options.Exists(option => option.Key == key))
            {
                throw new QuestionBankException(fileName, id, $"answer key '{key}' is not among the options");
            }

            if (answer.Contains(key))
            {
                throw new QuestionBankException(fileName, id, $"answer key '{key}' is listed twice");
            }

            answer.Add(key);
        }

        // A one-answer item has exactly one key. A many-answer item has at least two (with one key it
        // would be a single-choice item wearing a "pick all that apply" label) and leaves at least one
        // option wrong (otherwise ticking everything wins without thinking).
        if (selection == AnswerSelection.One && answer.Count != 1)
        {
            throw new QuestionBankException(fileName, id, $"a single-answer item needs exactly 1 answer key, found {answer.Count}");
        }

        if (selection == AnswerSelection.Many && (answer.Count < 2 || answer.Count >= options.Count))
        {
            throw new QuestionBankException(fileName, id, $"a multiple-answer item needs at least 2 answer keys and at least 1 wrong option, found {answer.Count} of {options.Count}");
        }

        return answer;
    }

    private static LocalizedText ReadLocalized(JsonElement element, string field, string fileName, string id)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new QuestionBankException(fileName, id, $"{field} must be an object with 'zh-CN' and 'en-US'");
        }

        RejectUnknown(element, LocalizedProperties, fileName, id, field);
        var zhCn = ReadText(element, "zh-CN", field, fileName, id);
        var enUs = ReadText(element, "en-US", field, fileName, id);
        return new LocalizedText(zhCn, enUs);
    }

    private static string ReadText(JsonElement element, string language, string field, string fileName, string id)
    {
        if (!element.TryGetProperty(language, out var text)
            || text.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(text.GetString()))
        {
            throw new QuestionBankException(fileName, id, $"{field} has no {language} text");
        }

        return text.GetString()!.Trim();
    }

    private static JsonElement RequireProperty(JsonElement element, string name, string fileName, string id)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            throw new QuestionBankException(fileName, id, $"'{name}' is missing");
        }

        return value;
    }

    private static string RequireString(JsonElement element, string name, string fileName, string id)
    {
        var value = RequireProperty(element, name, fileName, id);
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new QuestionBankException(fileName, id, $"'{name}' must be a non-empty string");
        }

        return value.GetString()!.Trim();
    }

    // A misspelt field ("answers", "zh-cn") would otherwise be ignored silently and the item would
    // fail later with a misleading "missing" message, or not at all.
    private static void RejectUnknown(JsonElement element, string[] allowed, string fileName, string? id, string where)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new QuestionBankException(fileName, id, $"{where} has an unknown field '{property.Name}'");
            }
        }
    }

    [GeneratedRegex("^[a-z]{2,4}-[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z]$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionKeyPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TopicPattern();
}
