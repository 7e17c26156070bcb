#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>

namespace hookscope {

// Inserts the rows added to it with as few statements as it can: INSERT ... VALUES (row), (row),
// ... with up to maxRows rows each. Against a database server every statement is a round trip,
// so a batch of deliveries takes a handful of them instead of several per delivery. Statements
// are prepared once per row count and kept.
class RowBatchInsert
{
public:
    // head: "INSERT INTO t (a, b) VALUES ", row: "(?, ?)" (any expression of its placeholders).
    RowBatchInsert(QString head, QString row, int maxRows);

    void add(const QVariantList &values) { m_values.append(values); ++m_rows; }
    int pendingRows() const { return m_rows; }
    void discard()
    {
        m_values.clear();
        m_rows = 0;
    }
    // Executes and forgets what was added; on failure, *error says why and nothing is kept.
    bool flush(const QSqlDatabase &database, QString *error);

private:
    QSqlQuery *statementFor(const QSqlDatabase &database, int rows, QString *error);

    QString m_head;
    QString m_row;
    int m_maxRows;
    int m_parametersPerRow;
    QVariantList m_values;
    int m_rows = 0;
    std::map<int, QSqlQuery> m_statements;
};

} // namespace hookscope
