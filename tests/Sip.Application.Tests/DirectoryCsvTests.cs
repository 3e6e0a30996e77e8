using System.Globalization;
using System.Text;
using Sip.Application.Features.Directory.Import;

namespace Sip.Application.Tests;

/// <summary>How a directory file is read: what the report's line numbers mean, and where a file stops being importable.</summary>
public sealed class DirectoryCsvTests
{
    [Fact]
    public void Lines_are_the_files_own_even_after_a_cell_with_a_line_break_and_a_cleared_row()
    {
        var content = DirectoryCsv.Read(Utf8("TYP , Namn\nenhet,\"Två\nrader\"\n,,\n,\nanvändare, Sist \n"));

        Assert.Empty(content.Problems);
        Assert.Equal([2, 6], content.Rows.Select(r => r.Line));
        Assert.Equal("Två\nrader", content.Rows[0]["namn"]);
        Assert.Equal("Sist", content.Rows[1]["namn"]);
        Assert.True(content.Rows[1].Has("typ"));
        Assert.False(content.Rows[1].Has("roll"));
    }

    [Fact]
    public void A_header_with_a_semicolon_makes_commas_ordinary_text()
    {
        var content = DirectoryCsv.Read(Utf8("typ;namn\nanvändare;Berg, Anders\n"));

        Assert.Equal("Berg, Anders", Assert.Single(content.Rows)["namn"]);
    }

    [Fact]
    public void More_rows_than_the_limit_refuse_the_file()
    {
        var file = new StringBuilder("typ;namn\n");
        for (var i = 0; i <= DirectoryCsv.MaxRows; i++)
        {
            file.Append(CultureInfo.InvariantCulture, $"enhet;Enhet {i}\n");
        }

        var content = DirectoryCsv.Read(Utf8(file.ToString()));

        Assert.Equal(new FileProblem("fil", "Filen har fler än 20 000 rader. Dela upp den i flera filer."),
            Assert.Single(content.Problems));
        Assert.Empty(content.Rows);
        Assert.Empty(DirectoryCsv.Read(Utf8(file.ToString()[..file.ToString().LastIndexOf("enhet;", StringComparison.Ordinal)])).Problems);
    }

    [Fact]
    public void A_column_without_a_name_is_a_problem_of_the_file_but_empty_columns_at_the_end_are_not()
    {
        var content = DirectoryCsv.Read(Utf8("typ;;namn\nenhet;x;Y\n"));

        Assert.Equal(new FileProblem("fil", "En kolumn i rubrikraden saknar namn."), Assert.Single(content.Problems));
        Assert.Empty(DirectoryCsv.Read(Utf8("typ;namn;;\nenhet;Y;;\n")).Problems);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
