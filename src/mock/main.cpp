// Placeholder until the mock server lands.
int main() { return 0; }
