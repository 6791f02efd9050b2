#pragma once
// A read-only two-column tree (Field, Value) over a cs::DetailNode tree, for
// the drill-down views. The root node itself is not shown: its children are
// the top-level rows.

#include "calldetail.h"

#include <QAbstractItemModel>
#include <vector>

namespace cs {

class DetailTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1,   // int(DetailNode::Kind)
    };

    explicit DetailTreeModel(QObject *parent = nullptr);

    void setRoot(const DetailNode &root);
    void clear();
    const DetailNode &root() const { return m_root; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The node behind an index (nullptr for an invalid index).
    const DetailNode *node(const QModelIndex &index) const;

private:
    // The tree flattened once, so parent() is a lookup: internalId() is the
    // position of an item here. Node pointers stay valid because m_root is
    // only replaced inside a model reset.
    struct Item
    {
        const DetailNode *node = nullptr;
        int parent = -1;               // item position, -1 for top-level rows
        int row = 0;                   // row within the parent
        std::vector<int> children;     // item positions
    };
    void flatten(const DetailNode &node, int parentItem);

    DetailNode m_root;
    std::vector<Item> m_items;
    std::vector<int> m_topLevel;
};

} // namespace cs
