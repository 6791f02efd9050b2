// Placeholder until the CLI and GUI land.
int main() { return 0; }
