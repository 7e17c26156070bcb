#include "rowbatchinsert.h"

#include <QSqlError>
#include <QStringList>

namespace hookscope {

RowBatchInsert::RowBatchInsert(QString head, QString row, int maxRows)
    : m_head(std::move(head)),
      m_row(std::move(row)),
      m_maxRows(maxRows),
      m_parametersPerRow(int(m_row.count(QLatin1Char('?'))))
{
}

QSqlQuery *RowBatchInsert::statementFor(const QSqlDatabase &database, int rows, QString *error)
{
    auto existing = m_statements.find(rows);
    if (existing != m_statements.end())
        return &existing->second;
    QSqlQuery query(database);
    if (!query.prepare(m_head + QStringList(rows, m_row).join(QLatin1String(", ")))) {
        *error = query.lastError().text();
        return nullptr;
    }
    return &m_statements.emplace(rows, std::move(query)).first->second;
}

bool RowBatchInsert::flush(const QSqlDatabase &database, QString *error)
{
    const QVariantList values = std::exchange(m_values, {});
    int rowsLeft = std::exchange(m_rows, 0);
    qsizetype at = 0;
    while (rowsLeft > 0) {
        const int rows = qMin(rowsLeft, m_maxRows);
        QSqlQuery *statement = statementFor(database, rows, error);
        if (!statement)
            return false;
        for (int parameter = 0; parameter < rows * m_parametersPerRow; ++parameter)
            statement->bindValue(parameter, values.at(at++));
        const bool executed = statement->exec();
        if (!executed)
            *error = statement->lastError().text();
        // A kept statement would otherwise hold its last rows' values (bodies of up to the
        // largest size allowed) until it is used again.
        for (int parameter = 0; parameter < rows * m_parametersPerRow; ++parameter)
            statement->bindValue(parameter, QVariant());
        if (!executed)
            return false;
        rowsLeft -= rows;
    }
    return true;
}

} // namespace hookscope
