#include "detailtreemodel.h"

#include <QApplication>
#include <QStyle>

namespace cs {

namespace {

// Icons only where they help tell rows apart at a glance.
QVariant kindIcon(DetailNode::Kind kind)
{
    QStyle::StandardPixmap pixmap;
    switch (kind) {
    case DetailNode::Kind::Queue: pixmap = QStyle::SP_FileDialogListView; break;
    case DetailNode::Kind::Destination: pixmap = QStyle::SP_ArrowForward; break;
    case DetailNode::Kind::Agent: pixmap = QStyle::SP_DialogYesButton; break;
    case DetailNode::Kind::NonResponding: pixmap = QStyle::SP_MessageBoxWarning; break;
    case DetailNode::Kind::Consulting: pixmap = QStyle::SP_MessageBoxQuestion; break;
    case DetailNode::Kind::Joined: pixmap = QStyle::SP_MessageBoxInformation; break;
    case DetailNode::Kind::Section:
    case DetailNode::Kind::Field:
    default: return {};
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return {};
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace

DetailTreeModel::DetailTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void DetailTreeModel::setRoot(const DetailNode &root)
{
    beginResetModel();
    m_root = root;
    m_items.clear();
    m_topLevel.clear();
    flatten(m_root, -1);
    endResetModel();
}

void DetailTreeModel::clear()
{
    setRoot(DetailNode());
}

void DetailTreeModel::flatten(const DetailNode &node, int parentItem)
{
    for (qsizetype row = 0; row < node.children.size(); ++row) {
        const int position = int(m_items.size());
        m_items.push_back(Item{&node.children.at(row), parentItem, int(row), {}});
        if (parentItem < 0)
            m_topLevel.push_back(position);
        else
            m_items[size_t(parentItem)].children.push_back(position);
        flatten(node.children.at(row), position);
    }
}

const DetailNode *DetailTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_items.size())
        return nullptr;
    return m_items[size_t(index.internalId())].node;
}

QModelIndex DetailTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int> *rows = &m_topLevel;
    if (parent.isValid()) {
        if (parent.column() != 0 || parent.internalId() >= m_items.size())
            return {};
        rows = &m_items[size_t(parent.internalId())].children;
    }
    if (size_t(row) >= rows->size())
        return {};
    return createIndex(row, column, quintptr((*rows)[size_t(row)]));
}

QModelIndex DetailTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() >= m_items.size())
        return {};
    const int parentItem = m_items[size_t(child.internalId())].parent;
    if (parentItem < 0)
        return {};
    return createIndex(m_items[size_t(parentItem)].row, 0, quintptr(parentItem));
}

int DetailTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0 || parent.internalId() >= m_items.size())
        return 0;
    return int(m_items[size_t(parent.internalId())].children.size());
}

int DetailTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DetailTreeModel::data(const QModelIndex &index, int role) const
{
    const DetailNode *item = node(index);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == FieldColumn ? item->label : item->value;
    case Qt::ToolTipRole:
        if (!item->toolTip.isEmpty())
            return item->toolTip;
        // A value cut off by the column (or spread over lines) reads whole in the tip.
        if (index.column() == ValueColumn && (item->value.size() > 40 || item->value.contains(u'\n')))
            return item->value;
        return {};
    case Qt::DecorationRole:
        return index.column() == FieldColumn ? kindIcon(item->kind) : QVariant();
    case KindRole:
        return int(item->kind);
    default:
        return {};
    }
}

QVariant DetailTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn: return tr("Field");
    case ValueColumn: return tr("Value");
    default: return {};
    }
}

Qt::ItemFlags DetailTreeModel::flags(const QModelIndex &index) const
{
    if (!node(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (rowCount(index) == 0)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

} // namespace cs
